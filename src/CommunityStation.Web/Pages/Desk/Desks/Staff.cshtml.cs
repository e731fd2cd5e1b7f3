using CommunityStation.Web.Infrastructure.People;
using CommunityStation.Web.Pages.Desk.Cases;

namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>
/// Issue 11 item 4: the head links each of the station's accounts (desk staff and head) to the person of the station
/// who uses it, so plates, duty rosters, receipts and the public page show a name and post, not a login.
/// </summary>
public sealed class StaffModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LinkInput Input { get; set; } = new();

    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<StaffFace> Accounts { get; private set; } = [];

    public IReadOnlyList<PersonLinks.Choice> People { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();

        // Only the station's own accounts: any other id is the same audited 404 as an unknown one.
        var userId = Input.UserId ?? Guid.Empty;
        if (Accounts.All(a => a.UserId != userId))
        {
            throw new RecordNotFoundException("User", userId);
        }

        var user = await db.Users.FirstAsync(u => u.Id == userId);
        if (!await PersonLinks.LinkAsync(db, ModelState, user, Input.PersonId, await access.PeopleAsync(), l))
        {
            return Page();
        }

        // A new stamp, so an administrator's form opened before this change cannot silently undo it.
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已保存。"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Desk = await access.OwnStationAsync() ?? throw new RecordNotFoundException("Station", access.CommunityId);
        var colleagues = await CaseData.ColleaguesAsync(db, access.CommunityId!.Value);
        Accounts = (await StaffFaces.AtStationAsync(db, Desk.StationId, colleagues.Select(c => c.UserId))).Values
            .OrderBy(a => a.IsLinked).ThenBy(a => a.AccountName, StringComparer.Ordinal).ToList();
        People = await PersonLinks.OptionsAsync(db, await access.PeopleAsync());
    }

    public sealed class LinkInput
    {
        public Guid? UserId { get; set; }

        /// <summary>The person behind the account; empty clears the link.</summary>
        public Guid? PersonId { get; set; }
    }
}
