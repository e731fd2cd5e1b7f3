using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>The town's stations with who heads them, how many staff, and whether the filed roster is current (H6).</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;

    public IndexModel(AppDbContext db)
    {
        _db = db;
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stations = _db.Stations.Where(s => s.Status == StationStatus.Registered);
        if (User.IsInRole(AppRoles.StationHead) && User.CommunityId() is { } community)
        {
            stations = stations.Where(s => s.CommunityId == community);
        }

        var rows = new List<Row>();
        foreach (var s in await stations.OrderBy(s => s.Name).Select(s => new { s.Id, s.TenantId, s.Name }).ToListAsync())
        {
            var (roster, names) = await RosterData.LoadAsync(_db, s.TenantId, s.Id);
            var (_, pending, outOfDate) = await RosterData.FilingStateAsync(_db, s.Id, roster.Snapshot(names));
            var head = roster.Current.FirstOrDefault(p => p.Kind == Domain.Staffing.PostKind.Head);
            rows.Add(new Row(s.Id, s.Name, head is null ? null : names.GetValueOrDefault(head.PersonId), roster.Current.Select(p => p.PersonId).Distinct().Count(), roster.Problems().Count == 0, outOfDate, pending is not null));
        }

        Rows = rows;
    }

    public sealed record Row(Guid Id, string Name, string? Head, int People, bool Complete, bool FilingOutOfDate, bool FilingPending);
}
