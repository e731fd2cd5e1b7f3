using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages;

/// <summary>The signed-in user's start page: who they are, where they work, and where to go.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;

    public IndexModel(AppDbContext db)
    {
        _db = db;
    }

    public string? TenantName { get; private set; }

    public string? CommunityName { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Roles = AppRoles.All.Where(User.IsInRole).ToList();
        if (User.TenantId() is { } tenantId)
        {
            TenantName = await _db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync();
            if (User.CommunityId() is { } communityId)
            {
                CommunityName = await _db.Communities.Where(c => c.Id == communityId).Select(c => c.Name).FirstOrDefaultAsync();
            }
        }
    }
}
