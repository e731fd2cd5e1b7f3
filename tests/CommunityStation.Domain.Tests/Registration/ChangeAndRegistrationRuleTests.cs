using static CommunityStation.Domain.Tests.Registration.ApplicationFixture;

namespace CommunityStation.Domain.Tests.Registration;

/// <summary>R4 on a change of particulars, and R3's date and code rules (issue 10).</summary>
public sealed class ChangeAndRegistrationRuleTests
{
    [Fact]
    public void R4_a_change_asks_only_for_the_documents_it_touches()
    {
        var station = Registered();

        // New premises: the form and the premises proof, not the head's documents, charter or capital report.
        var premises = Change(station, Particulars() with { PremisesAddress = "东虹路8号" });
        Assert.Equal([DocumentSlot.ApplicationForm, DocumentSlot.PremisesProof], StationApplication.RequiredDocuments(premises.Kind, premises.Particulars, station));
        premises.Submit(Rc, [DocumentSlot.ApplicationForm, DocumentSlot.PremisesProof], null, Now, station);
        Assert.Equal(ApplicationStatus.SubmittedToTown, premises.Status);

        // A new head: the head's particulars and identity proof.
        var head = Change(station, Particulars() with { HeadName = "王强", HeadIdNumber = "320282198001010013" });
        Assert.Equal([DocumentSlot.ApplicationForm, DocumentSlot.HeadIdentity], StationApplication.RequiredDocuments(head.Kind, head.Particulars, station));

        // Both at once: both documents.
        var both = Change(station, Particulars() with { HeadName = "王强", PremisesAreaSqm = 200m });
        Assert.Equal([DocumentSlot.ApplicationForm, DocumentSlot.PremisesProof, DocumentSlot.HeadIdentity], StationApplication.RequiredDocuments(both.Kind, both.Particulars, station));
    }

    [Fact]
    public void R4_a_change_that_touches_none_of_head_premises_or_capital_is_a_change_of_charter()
    {
        var station = Registered();
        var charter = Change(station, Particulars());

        Assert.Equal([DocumentSlot.ApplicationForm, DocumentSlot.Charter], StationApplication.RequiredDocuments(charter.Kind, charter.Particulars, station));
        var refused = Assert.Throws<DomainException>(() => charter.Submit(Rc, [DocumentSlot.ApplicationForm], null, Now, station));
        Assert.Equal("R4", refused.Rule);
        Assert.Contains("社区事务工作站章程", refused.Message, StringComparison.Ordinal);
        charter.Submit(Rc, [DocumentSlot.ApplicationForm, DocumentSlot.Charter], null, Now, station);
    }

    [Fact]
    public void R4_a_change_refuses_a_touched_document_missing()
    {
        var station = Registered();
        var premises = Change(station, Particulars() with { PremisesAddress = "东虹路8号" });

        var refused = Assert.Throws<DomainException>(() => premises.Submit(Rc, [DocumentSlot.ApplicationForm, DocumentSlot.Charter], null, Now, station));
        Assert.Equal("R4", refused.Rule);
        Assert.Contains("办公场所使用权证明", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_a_new_capital_asks_for_the_capital_report()
    {
        var station = Registered();
        var capital = Change(station, Particulars() with { RegisteredCapital = 50000m });
        Assert.Equal([DocumentSlot.ApplicationForm, DocumentSlot.CapitalReport], StationApplication.RequiredDocuments(capital.Kind, capital.Particulars, station));
    }

    [Fact]
    public void R4_setting_up_still_asks_for_all_five()
    {
        var draft = Draft();
        Assert.Equal(DocumentSlots.RcSide, StationApplication.RequiredDocuments(draft.Kind, draft.Particulars, null));
        Assert.Equal("R4", Assert.Throws<DomainException>(() => draft.Submit(Rc, [DocumentSlot.ApplicationForm, DocumentSlot.PremisesProof], null, Now)).Rule);
    }

    [Fact]
    public void R3_registration_date_tomorrow_in_china_is_refused_at_23_59_utc_plus_8()
    {
        // 2026-11-26 23:59 in Beijing is 15:59 UTC: the UTC date plus one day would have let 27 November through.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 26, 23, 59, 0, TimeSpan.FromHours(8)));
        var now = clock.GetUtcNow();

        var refused = Assert.Throws<DomainException>(() => Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 27), null, now));
        Assert.Equal("R3", refused.Rule);
        Assert.Equal("RegistrationDate", refused.Field);
        Assert.NotNull(Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 26), null, now));
    }

    [Fact]
    public void R3_registration_date_today_in_china_is_accepted_at_00_01_utc_plus_8()
    {
        // 2026-11-27 00:01 in Beijing is still 26 November in UTC: the Beijing day counts.
        var now = new FixedClock(new DateTimeOffset(2026, 11, 27, 0, 1, 0, TimeSpan.FromHours(8))).GetUtcNow();
        Assert.NotNull(Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 27), null, now));
        Assert.Equal("R3", Assert.Throws<DomainException>(() => Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 28), null, now)).Rule);
    }

    [Fact]
    public void R3_station_code_not_civil_affairs_is_a_warning()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var business, out _));

        // Without a reason: refused under the reason field, naming the soft rule.
        var refused = Assert.Throws<DomainException>(() => Agreed().Register(Bureau, "X1", business!, new DateOnly(2026, 11, 26), null, Now));
        Assert.Equal("R3", refused.Rule);
        Assert.Equal("UsccReason", refused.Field);

        // With a reason: registered, and the timeline keeps the warning and the reason.
        var application = Agreed();
        var station = application.Register(Bureau, "X1", business!, new DateOnly(2026, 11, 26), null, Now, "登记机关系统按其他部门赋码，已核实");
        Assert.Equal("91350100M000100Y43", station!.Uscc);
        Assert.Contains("已核实", application.Steps[^1].Comment, StringComparison.Ordinal);

        // A civil-affairs code needs no reason.
        Assert.NotNull(Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 26), null, Now));
    }

    private static Station Registered() => Agreed().Register(Bureau, "民证字第0009号", Uscc(), new DateOnly(2026, 11, 1), null, Now)!;

    private static StationApplication Change(Station station, ApplicationParticulars particulars) =>
        StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.ChangeParticulars, station.Id, false, particulars, Now);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
