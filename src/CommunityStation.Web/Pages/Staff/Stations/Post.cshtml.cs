namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>One open post at a station: change its duties (S5) or end it.</summary>
public sealed class PostModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> localizer) : OpenPostPageModel(db, access)
{
    public string PersonName { get; private set; } = string.Empty;

    [BindProperty]
    public DutiesInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, Guid postId)
    {
        await LoadAsync(id, postId);
        Input.Duties = [.. Item.Duties];
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId)
    {
        await LoadAsync(id, postId);
        Item.SetDuties(Input.Duties);
        await Db.SaveRostersAsync(Roster);
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid postId)
    {
        await LoadAsync(id, postId);
        Roster.EndPost(postId, clock.Today);
        await Db.SaveRostersAsync(Roster);
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id, Guid postId)
    {
        await LoadPostAsync(id, postId);
        PersonName = await Db.People.Where(p => p.Id == Item.PersonId).Select(p => p.Name).FirstAsync();
    }

    public sealed class DutiesInput
    {
        public List<string> Duties { get; set; } = [];
    }
}
