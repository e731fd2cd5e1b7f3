using System.Security.Claims;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>The station a desk user works at: the registered station of their community.</summary>
public sealed record DeskContext(Guid StationId, string StationName, string CaseCode, Guid UserId, string UserName, bool IsHead)
{
    public static async Task<DeskContext?> ForAsync(AppDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.CommunityId() is not { } communityId || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var station = await (from s in db.Stations
                             join p in db.StationProfiles on new { s.TenantId, StationId = s.Id } equals new { p.TenantId, p.StationId } into profiles
                             from p in profiles.DefaultIfEmpty()
                             where s.CommunityId == communityId && s.Status == StationStatus.Registered
                             select new { s.Id, s.Name, CaseCode = p == null ? null : p.CaseCode })
            .FirstOrDefaultAsync();
        return station is null
            ? null
            : new DeskContext(station.Id, station.Name, station.CaseCode ?? station.Id.ToString("N")[..6].ToUpperInvariant(), userId, user.DisplayName(), user.IsInRole(AppRoles.StationHead));
    }

    public static string AreaKey(string code) => "职责领域." + code;

    public static string StatusKey(Domain.ServiceDesk.CaseStatus status) => "案件状态." + status;

    public static string ChannelKey(Domain.ServiceDesk.CaseChannel channel) => "渠道." + channel;
}
