namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>P2: start working on a case, or complete it with a result.</summary>
public sealed class WorkModel : CaseActionModel
{
    public WorkModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
        : base(db, access, clock, l)
    {
    }

    [BindProperty]
    public WorkInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Version = Item.Version;
    }

    public Task<IActionResult> OnPostStartAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.Start(who, now));

    public Task<IActionResult> OnPostCompleteAsync(Guid id) => ActAsync(id, Input.Version, (c, who, now) => c.Complete(who, Input.Result ?? string.Empty, now));

    public sealed class WorkInput
    {
        /// <summary>The result, required to complete (named as the domain names the field).</summary>
        [MultiLine]
        public string? Result { get; set; }

        public uint Version { get; set; }
    }
}
