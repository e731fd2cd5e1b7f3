using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// What every page about one account shares (Edit, Access, Status, Password): it reads the account in the
/// audited city mode, or answers 404, and shows it above the page's one form (_Account.cshtml).
/// </summary>
public abstract class AccountPageModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    protected AppDbContext Db => db;

    protected UserManager<AppUser> Users => users;

    protected virtual async Task<AppUser> LoadAsync(Guid id)
    {
        await access.ReadAsync("admin: user management");
        var user = await UserForm.FindAsync(db, id);
        Account = await AccountView.OfAsync(users, user, User, clock.UtcNow);
        return user;
    }
}
