namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>P2: start working on a case, or complete it with a result.</summary>
public sealed class WorkModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    : CaseActionModel<WorkModel.WorkInput>(db, access, clock, l)
{
    public Task<IActionResult> OnPostStartAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.Start(who, now));

    public Task<IActionResult> OnPostCompleteAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.Complete(who, Input.Result ?? string.Empty, now));

    public sealed class WorkInput : IVersionedInput
    {
        /// <summary>The result, required to complete (named as the domain names the field).</summary>
        [MultiLine]
        public string? Result { get; set; }

        public uint Version { get; set; }
    }
}
