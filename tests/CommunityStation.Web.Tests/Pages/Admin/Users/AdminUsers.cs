namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>What the user-page tests share: an account's id by name, and a fresh account to work on.</summary>
internal static class AdminUsers
{
    public const string ProbePassword = PortalFactory.ProbePassword;

    public static async Task<Guid> IdOfAsync(PortalFactory portal, string userName)
    {
        await using var db = portal.CreateDbContext(null);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A new account (password <see cref="ProbePassword"/>) in yicheng, and its id.</summary>
    public static async Task<(string User, Guid Id)> NewAccountAsync(PortalFactory portal, string userName, string role = AppRoles.TownOfficial, string? communityName = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var user = await portal.CreateUserAsync(userName, role, "yicheng", communityName);
        return (user, await IdOfAsync(portal, user));
    }
}
