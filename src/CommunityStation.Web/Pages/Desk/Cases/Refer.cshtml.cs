namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>P1: refer a case to the RC (self-governance) or a named department, and take a referral back.</summary>
public sealed class ReferModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    : CaseActionModel<ReferModel.ReferInput>(db, access, clock, l)
{
    public Task<IActionResult> OnPostAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.Refer(who, Input.Target, Input.Department, Input.Note, now));

    public Task<IActionResult> OnPostTakeBackAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.ReturnFromReferral(who, Input.Note, now));

    public sealed class ReferInput : IVersionedInput
    {
        public ReferralTarget? Target { get; set; }

        public string? Department { get; set; }

        [MultiLine]
        public string? Note { get; set; }

        public uint Version { get; set; }
    }
}
