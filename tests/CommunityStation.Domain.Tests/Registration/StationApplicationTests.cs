using static CommunityStation.Domain.Tests.Registration.ApplicationFixture;

namespace CommunityStation.Domain.Tests.Registration;

public sealed class StationApplicationTests
{
    // R1 — only the RC applies, to its own town.
    [Fact]
    public void R1_the_rc_officer_of_the_community_starts_an_application()
    {
        var application = Draft();
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(StepAction.Created, Assert.Single(application.Steps).Action);
    }

    [Theory]
    [MemberData(nameof(NotTheRc))]
    public void R1_nobody_but_the_communitys_rc_officer_may_start_one(Actor actor)
    {
        var error = Assert.Throws<DomainException>(() =>
            StationApplication.Start(actor, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Establish, null, false, Particulars(), Now));
        Assert.Equal("R1", error.Rule);
    }

    public static TheoryData<Actor> NotTheRc => new() { OtherRc, Town, Bureau, TestActor.Named("x", ActorRole.RcOfficer, OtherTenant, Community) };

    [Fact]
    public void R1_a_community_with_an_application_in_progress_cannot_start_another()
    {
        var error = Assert.Throws<DomainException>(() =>
            StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Establish, null, true, Particulars(), Now));
        Assert.Equal("R1", error.Rule);
    }

    [Fact]
    public void A_community_with_a_registered_station_cannot_apply_to_establish_another()
    {
        var error = Assert.Throws<DomainException>(() =>
            StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Establish, Guid.NewGuid(), false, Particulars(), Now));
        Assert.Equal("R3", error.Rule);
    }

    [Fact]
    public void A_change_or_deregistration_needs_a_registered_station()
    {
        Assert.Throws<DomainException>(() => Draft(ApplicationKind.ChangeParticulars));
        Assert.Throws<DomainException>(() => Draft(ApplicationKind.Deregister));
    }

    [Fact]
    public void R1_the_rc_submits_to_its_own_town()
    {
        var application = Submitted();
        Assert.Equal(ApplicationStatus.SubmittedToTown, application.Status);
        Assert.Equal(1, application.Round);
    }

    [Fact]
    public void R1_another_community_cannot_submit_it()
    {
        var application = Draft();
        Rule.Refuses("R1", () => application.Submit(OtherRc, AllRcSlots, null, Now));
    }

    // R4 — documents before submitting.
    [Fact]
    public void R4_submitting_without_every_rc_document_is_refused_naming_what_is_missing()
    {
        var application = Draft();
        var error = Assert.Throws<DomainException>(() =>
            application.Submit(Rc, [DocumentSlot.ApplicationForm, DocumentSlot.Charter], null, Now));
        Assert.Equal("R4", error.Rule);
        Assert.Contains("验资报告", error.Message, StringComparison.Ordinal);
        Assert.Contains("办公场所使用权证明", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("章程", error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void R4_the_town_opinion_is_not_uploaded_by_the_rc()
    {
        var application = Draft();
        Rule.Refuses("R2", () => application.RecordUpload(Rc, DocumentSlot.TownOpinion, 1, Now));
    }

    [Fact]
    public void R4_documents_cannot_change_once_submitted()
    {
        var application = Submitted();
        Rule.Refuses("R4", () => application.RecordUpload(Rc, DocumentSlot.Charter, 2, Now));
    }

    // R2 — the town agrees or returns, with reasons.
    [Fact]
    public void R2_the_town_agrees_with_a_written_opinion_and_it_goes_to_the_bureau()
    {
        var application = Agreed();
        Assert.Equal(ApplicationStatus.AgreedByTown, application.Status);
        Assert.Equal("同意设立。", application.TownOpinion);
        Assert.Equal(Town.DisplayName, application.TownOpinionGiven?.By);
        Assert.Equal(Town.UserId, application.TownOpinionGiven?.ById);
    }

    [Fact]
    public void R2_agreeing_needs_an_opinion()
    {
        var application = Submitted();
        Rule.Refuses("R2", () => application.TownAgree(Town, "  ", Now));
    }

    [Fact]
    public void R2_another_town_cannot_decide()
    {
        var application = Submitted();
        Rule.Refuses("R2", () => application.TownAgree(OtherTown, "同意", Now));
        Rule.Refuses("R2", () => application.TownReturn(OtherTown, "不同意", Now));
    }

    [Fact]
    public void R2_the_town_cannot_decide_a_draft() =>
        Rule.Refuses("R2", () => Draft().TownAgree(Town, "同意", Now));

    [Fact]
    public void R2_the_town_returns_with_reasons_the_rc_fixes_and_resubmits_and_the_history_keeps_every_round()
    {
        var application = Submitted();
        application.TownReturn(Town, "验资报告不清晰", Now);
        Assert.Equal(ApplicationStatus.ReturnedToRc, application.Status);
        Assert.Equal("验资报告不清晰", application.LastReturnReason);

        application.RecordUpload(Rc, DocumentSlot.CapitalReport, 2, Now);
        application.Submit(Rc, AllRcSlots, "验资报告 v2", Now);
        Assert.Equal(2, application.Round);
        Assert.Equal(
            [StepAction.Created, StepAction.Submitted, StepAction.TownReturned, StepAction.DocumentUploaded, StepAction.Submitted],
            application.Steps.Select(s => s.Action));
    }

    [Fact]
    public void R2_returning_needs_reasons() =>
        Rule.Refuses("R2", () => Submitted().TownReturn(Town, "", Now));

    // R3 — the bureau registers or returns.
    [Fact]
    public void R3_the_bureau_registers_and_the_station_exists_with_number_code_and_date()
    {
        var application = Agreed();
        var station = application.Register(Bureau, "民证字第0001号", Uscc(), new DateOnly(2026, 11, 26), null, Now);

        Assert.NotNull(station);
        Assert.Equal(StationStatus.Registered, station.Status);
        Assert.Equal("民证字第0001号", station.RegistrationNumber);
        Assert.Equal(Uscc().Value, station.Uscc);
        Assert.Equal(new DateOnly(2026, 11, 26), station.RegistrationDate);
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", station.Name);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal(station.Id, application.StationId);
    }

    [Fact]
    public void R3_only_the_bureau_registers()
    {
        var application = Agreed();
        Rule.Refuses("R3", () => application.Register(Town, "X1", Uscc(), new DateOnly(2026, 11, 26), null, Now));
    }

    [Fact]
    public void R3_the_bureau_cannot_register_what_the_town_has_not_agreed() =>
        Rule.Refuses("R3", () => Submitted().Register(Bureau, "X1", Uscc(), new DateOnly(2026, 11, 26), null, Now));

    [Fact]
    public void R3_a_registration_date_in_the_future_is_refused() =>
        Rule.Refuses("R3", () => Agreed().Register(Bureau, "X1", Uscc(), new DateOnly(2027, 1, 1), null, Now));

    [Fact]
    public void R3_the_bureau_returns_to_the_town_which_may_agree_again()
    {
        var application = Agreed();
        application.BureauReturn(Bureau, toTown: true, "意见书需盖章", Now);
        Assert.Equal(ApplicationStatus.ReturnedToTown, application.Status);
        application.TownAgree(Town, "已补充。同意。", Now);
        Assert.Equal(ApplicationStatus.AgreedByTown, application.Status);
    }

    [Fact]
    public void R3_the_bureau_returns_to_the_rc()
    {
        var application = Agreed();
        application.BureauReturn(Bureau, toTown: false, "章程缺少条款", Now);
        Assert.Equal(ApplicationStatus.ReturnedToRc, application.Status);
    }

    [Fact]
    public void R3_the_town_cannot_use_the_bureaus_return() =>
        Rule.Refuses("R3", () => Agreed().BureauReturn(Town, true, "x", Now));

    [Fact]
    public void A_refused_transition_names_who_handled_it_last()
    {
        var application = Agreed();
        var error = Assert.Throws<DomainException>(() => application.TownAgree(Town, "again", Now));
        Assert.Contains("demo-town", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_particulars_goes_the_same_path_and_updates_the_station()
    {
        var establish = Agreed();
        var station = establish.Register(Bureau, "民证字第0002号", Uscc(), new DateOnly(2026, 11, 1), null, Now)!;

        var change = StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.ChangeParticulars, station.Id, false,
            Particulars() with { HeadName = "王强", PremisesAddress = "东虹路8号" }, Now);
        change.Submit(Rc, AllRcSlots, null, Now, station);
        change.TownAgree(Town, "同意变更。", Now);
        Assert.Null(change.Register(Bureau, "民证字第0002号", Uscc(), new DateOnly(2026, 11, 20), station, Now));
        Assert.Equal("王强", station.HeadName);
        Assert.Equal("东虹路8号", station.PremisesAddress);
    }

    [Fact]
    public void A_deregistration_goes_the_same_path_and_ends_the_station()
    {
        var station = Agreed().Register(Bureau, "民证字第0003号", Uscc(), new DateOnly(2026, 11, 1), null, Now)!;
        var deregister = StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Deregister, station.Id, false, Particulars(), Now);
        deregister.Submit(Rc, [], null, Now);
        deregister.TownAgree(Town, "同意注销。", Now);
        deregister.Register(Bureau, "民证字第0003号", Uscc(), new DateOnly(2026, 11, 25), station, Now);
        Assert.Equal(StationStatus.Deregistered, station.Status);
        Assert.Equal(new DateOnly(2026, 11, 25), station.DeregisteredOn);
    }

    // S3 is soft.
    [Fact]
    public void S3_a_head_who_is_neither_secretary_nor_director_is_allowed_with_a_warning()
    {
        var application = StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Establish, null, false, Particulars(secretary: false), Now);
        Assert.Contains(application.Warnings, w => w.Contains("S3", StringComparison.Ordinal));
        Assert.Empty(Draft().Warnings);
    }

    [Fact]
    public void A_bad_id_number_for_the_head_is_refused_at_the_field()
    {
        var error = Assert.Throws<DomainException>(() =>
            StationApplication.Start(Rc, Guid.NewGuid(), Tenant, Community, "宜城街道", "东虹社区", ApplicationKind.Establish, null, false, Particulars() with { HeadIdNumber = "110105194912310021" }, Now));
        Assert.Equal("HeadIdNumber", error.Field);
    }
}
