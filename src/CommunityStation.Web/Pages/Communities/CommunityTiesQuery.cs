using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>What ties a community down (a registered station, an application in progress, accounts), counted for Rename and Merge.</summary>
public static class CommunityTiesQuery
{
    public static async Task<CommunityTies> OfAsync(AppDbContext db, UserAccess access, Guid communityId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var station = await (await access.StationsAsync("community ties")).AnyAsync(s => s.CommunityId == communityId && s.Status == StationStatus.Registered);
        var application = await (await access.ApplicationsAsync("community ties")).AnyAsync(a => a.CommunityId == communityId && a.Status != ApplicationStatus.Registered);
        var accounts = await db.Users.CountAsync(u => u.CommunityId == communityId && !u.IsDisabled);
        return new CommunityTies(station, application, accounts);
    }

    /// <summary>Whether another community of the tenant (retired ones too: names are kept in history) already has the name.</summary>
    public static async Task<bool> NameTakenAsync(UserAccess access, string name, Guid? self)
    {
        ArgumentNullException.ThrowIfNull(access);
        var folded = TextNormalizer.FoldWidth(name);
        return await (await access.CommunitiesAsync("community names")).AnyAsync(c => c.Name == folded && c.Id != self);
    }
}
