using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Tests.Registration;

namespace CommunityStation.Domain.Tests.Common;

/// <summary>
/// Issue 10: every actor is recorded the same way. Each entity family that records who acted keeps the
/// actor's user id (a stable key: names change) and their display name (what a history shows).
/// </summary>
public sealed class ActorRecordingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Tenant = ApplicationFixture.Tenant;

    /// <summary>One recorded actor: what recorded it, who acted, and the id and name the entity kept.</summary>
    private sealed record Recorded(string What, Actor Actor, Guid? UserId, string? Name);

    private static Recorded Stamped(string what, Actor actor, ActorStamp? stamp) => new(what, actor, stamp?.ById, stamp?.By);

    private static readonly Dictionary<string, Func<IEnumerable<Recorded>>> Families = new()
    {
        ["Registration"] = RegistrationFamily,
        ["ServiceDesk"] = ServiceDeskFamily,
        ["Staffing"] = StaffingFamily,
        ["Settings"] = SettingsFamily,
        ["Calendar"] = CalendarFamily,
    };

    public static TheoryData<string> FamilyNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var family in Families.Keys)
            {
                data.Add(family);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Actor_every_recorded_actor_has_user_id_and_display_name(string family)
    {
        var recorded = Families[family]().ToList();
        Assert.NotEmpty(recorded);
        Assert.All(recorded, r =>
        {
            Assert.NotEqual(Guid.Empty, r.Actor.UserId);
            Assert.NotEqual(r.Actor.UserName, r.Actor.DisplayName);
            Assert.Equal((r.What, (Guid?)r.Actor.UserId, r.Actor.DisplayName), (r.What, r.UserId, r.Name));
        });
    }

    [Fact]
    public void Actor_the_system_is_recorded_with_no_user_and_its_own_name()
    {
        var year = new CalendarYear(2027, Actor.System(), Now);
        Assert.Equal(((Guid?)Guid.Empty, "系统"), (year.Recorded.ById, year.Recorded.By));
    }

    private static IEnumerable<Recorded> RegistrationFamily()
    {
        var rc = TestActor.Named("居委会张三", ActorRole.RcOfficer, Tenant, ApplicationFixture.Community);
        var town = TestActor.Named("街道李四", ActorRole.TownOfficial, Tenant);
        var application = StationApplication.Start(rc, Guid.NewGuid(), Tenant, ApplicationFixture.Community, "宜城街道", "东虹社区",
            ApplicationKind.Establish, null, false, ApplicationFixture.Particulars(), Now);
        yield return Stamped("application created", rc, application.Created);
        application.Submit(rc, DocumentSlots.RcSide, "all v1", Now);
        application.TownAgree(town, "同意设立。", Now);
        yield return Stamped("town opinion", town, application.TownOpinionGiven);
        yield return new("last actor", town, application.LastActorId, application.LastActor);
        foreach (var step in application.Steps)
        {
            var actor = step.Action == StepAction.TownAgreed ? town : rc;
            yield return Stamped($"step {step.Action}", actor, step.Acted);
        }

        var file = UploadedFile.Accept(UploadedFileTests.Pdf(), 1024 * 1024, new PassThrough());
        var document = new ApplicationDocument(Tenant, Guid.NewGuid(), application.Id, DocumentSlot.Charter, 1, "章程.pdf", file, rc, Now);
        yield return Stamped("document upload", rc, document.Uploaded);
    }

    private static IEnumerable<Recorded> ServiceDeskFamily()
    {
        var owner = new CaseOwner(TestActor.IdOf("窗口王芳"), "窗口王芳");
        var (serviceCase, _) = ServiceCase.Receive(Tenant, Guid.NewGuid(), Guid.NewGuid(), "YI01", 2026, 1, null, null, "D5", Guid.NewGuid(), 5,
            WorkingCalendar.WeekdaysOnly, CaseChannel.WalkIn, false, "申请低保", owner, Now, 30, t => "sealed:" + t);
        var desk = TestActor.Named("窗口王芳");
        var colleague = TestActor.Named("窗口李强");
        serviceCase.Start(desk, Now);
        yield return new("case started", desk, serviceCase.LastActorId, serviceCase.LastActor);
        serviceCase.Refer(colleague, ReferralTarget.ResidentsCommittee, null, "居民自治", Now);
        serviceCase.ReturnFromReferral(colleague, null, Now);
        serviceCase.Complete(colleague, "已办结", Now);
        yield return new("case completed", colleague, serviceCase.LastActorId, serviceCase.LastActor);
        foreach (var step in serviceCase.Steps)
        {
            yield return Stamped($"case step {step.Action}", step.Action is CaseAction.Received or CaseAction.Started ? desk : colleague, step.Acted);
        }

        var head = TestActor.Named("站长赵六");
        var rules = new StationRuleRevision(Tenant, Guid.NewGuid(), Guid.NewGuid(), 1, "制度", head, Now);
        yield return Stamped("station rules", head, rules.Edited);
    }

    private static IEnumerable<Recorded> StaffingFamily()
    {
        var town = TestActor.Named("街道李四", ActorRole.TownOfficial, Tenant);
        var bureau = TestActor.Named("民政局周七", ActorRole.Bureau);
        const string first17 = "32028219800101123";
        var person = new Person(Tenant, Guid.NewGuid(), "调配人", first17 + ChineseIdNumber.ComputeCheckCharacter(first17), null, Education.Bachelor, ComputerSkill.Level2, false, false);
        var from = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(Guid.NewGuid(), null, null));
        var to = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(Guid.NewGuid(), null, null));
        var post = from.AddStaff(person, true, [], new DateOnly(2024, 1, 1));
        var deployment = Deployment.Carry(Guid.NewGuid(), person, post, from, to, [], [], Today, town, null).Deployment;
        yield return new("deployment", town, deployment.DecidedById, deployment.DecidedBy);

        var filing = RosterFiling.File(Tenant, Guid.NewGuid(), from.StationId, ["站长|甲|兼职|D9"], false, town, Now);
        yield return Stamped("roster filed", town, filing.Filed);
        filing.Acknowledge(bureau, Now);
        yield return Stamped("roster acknowledged", bureau, filing.Decided);
        var returned = RosterFiling.File(Tenant, Guid.NewGuid(), from.StationId, [], false, town, Now);
        returned.Return(bureau, "副站长信息有误", Now);
        yield return Stamped("roster returned", bureau, returned.Decided);

        var campaign = RecruitmentCampaign.Open(Tenant, Guid.NewGuid(), "2026年公开招聘", Today.AddDays(30), new Dictionary<Guid, int> { [from.StationId] = 1 },
            RankingMethod.Defaults(new PolicySettingHistory([]), Today), Today);
        campaign.Cancel(town, "岗位调整", Today);
        yield return new("campaign cancelled", town, campaign.CancelledById, campaign.CancelledBy);
    }

    private static IEnumerable<Recorded> SettingsFamily()
    {
        var bureau = TestActor.Named("民政局周七", ActorRole.Bureau);
        var setting = new PolicySetting(Guid.NewGuid(), PolicySettingKeys.ExamWeight, 0.6m, Today, Now, bureau, null);
        yield return Stamped("policy setting", bureau, setting.Recorded);
    }

    private static IEnumerable<Recorded> CalendarFamily()
    {
        var bureau = TestActor.Named("民政局周七", ActorRole.Bureau);
        var other = TestActor.Named("民政局吴八", ActorRole.Bureau);
        var year = new CalendarYear(2027, bureau, Now);
        yield return Stamped("calendar year", bureau, year.Recorded);
        var day = year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", bureau, Now);
        yield return Stamped("calendar day", bureau, day.Recorded);
        year.RemoveDay(day.Id, other, Now);
        yield return Stamped("calendar day removed", other, day.Removed);
        year.SetAnnounced(true, "国务院办公厅通知", other, Now);
        yield return Stamped("calendar announced", other, year.Recorded);
    }

    private sealed class PassThrough : IDocumentInspector
    {
        public DocumentInspection Inspect(byte[] content, DocumentFormat format) => DocumentInspection.Clean(content);
    }
}
