namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// P1/P2: a referral that ended where it went is recorded with its outcome, which completes the case (so the resident
/// can rate it, M2). A referral that comes back to the desk is taken back on the Refer page.
/// </summary>
public sealed class ConcludeModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    : CaseActionModel<ConcludeModel.ConcludeInput>(db, access, clock, l)
{
    public Task<IActionResult> OnPostAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.ConcludeReferral(who, Input.Note, now));

    public sealed class ConcludeInput : IVersionedInput
    {
        /// <summary>The referral's outcome: what the RC or the department did (named as the domain names the field).</summary>
        [MultiLine]
        public string? Note { get; set; }

        public uint Version { get; set; }
    }
}
