namespace CommunityStation.Domain.Tests.Registration;

/// <summary>Builders for the registration workflow tests.</summary>
internal static class ApplicationFixture
{
    public static readonly Guid Tenant = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid OtherTenant = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    public static readonly Guid Community = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public static readonly Actor Rc = new(TestActor.IdOf("demo-rc"), "demo-rc", "demo-rc 显示名", ActorRole.RcOfficer, Tenant, Community);
    public static readonly Actor OtherRc = new(TestActor.IdOf("other-rc"), "other-rc", "other-rc 显示名", ActorRole.RcOfficer, Tenant, Guid.NewGuid());
    public static readonly Actor Town = new(TestActor.IdOf("demo-town"), "demo-town", "demo-town 显示名", ActorRole.TownOfficial, Tenant, null);
    public static readonly Actor OtherTown = new(TestActor.IdOf("demo-town2"), "demo-town2", "demo-town2 显示名", ActorRole.TownOfficial, OtherTenant, null);
    public static readonly Actor Bureau = new(TestActor.IdOf("demo-bureau"), "demo-bureau", "demo-bureau 显示名", ActorRole.Bureau, null, null);

    // 11010519491231002X: a well-known valid GB 11643 example.
    public static ApplicationParticulars Particulars(bool secretary = true) =>
        new("李红", "11010519491231002X", "13812345678", "大专", secretary, "宜城街道东虹路1号社区事务受理大厅", 120m, "产权自有", 30000m, "街道资助");

    public static StationApplication Draft(ApplicationKind kind = ApplicationKind.Establish, Guid? station = null) =>
        StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", kind, station, false, Particulars(), Now);

    public static readonly IReadOnlyList<DocumentSlot> AllRcSlots = DocumentSlots.RcSide;

    public static StationApplication Submitted()
    {
        var application = Draft();
        application.Submit(Rc, AllRcSlots, "all v1", Now);
        return application;
    }

    public static StationApplication Agreed()
    {
        var application = Submitted();
        application.TownAgree(Town, "同意设立。", Now);
        return application;
    }

    public static UnifiedSocialCreditCode Uscc()
    {
        UnifiedSocialCreditCode.TryParse(UnifiedSocialCreditCode.Compose("52320282", "MJ500000"), out var code, out _);
        return code!;
    }
}
