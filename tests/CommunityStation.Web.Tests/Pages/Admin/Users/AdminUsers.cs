using CommunityStation.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>What the user-page tests share: an account's id by name.</summary>
internal static class AdminUsers
{
    public const string ProbePassword = PortalFactory.ProbePassword;

    public static async Task<Guid> IdOfAsync(PortalFactory portal, string userName)
    {
        await using var db = portal.CreateDbContext(null);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
