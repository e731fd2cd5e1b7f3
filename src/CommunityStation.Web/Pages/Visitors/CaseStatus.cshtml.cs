using System.Globalization;
using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// Issue 11 item 6: the resident follows a case from the receipt's QR code, without signing in. The address carries
/// the same unguessable token as the rating link (only its hash is stored), never the case id. Only what the resident
/// needs is projected: number, station, service item, state, referral target, promised and completion dates, rating.
/// No name, ID number, phone, request or result text (the result may name people) leaves the database.
/// </summary>
public sealed class CaseStatusModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public View? Item { get; private set; }

    public RatingLevel? Rated { get; private set; }

    /// <summary>How the last referral ended, for a case that was referred: still out, came back, or ended with an outcome.</summary>
    public CaseAction? Referral { get; private set; }

    public string Tenant { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    /// <summary>Completed, not yet rated and the link still valid: the rating button shows.</summary>
    public bool CanRate => Item is { Status: CaseStatus.Completed, RatedAt: null };

    public async Task<IActionResult> OnGetAsync(string tenant, string token)
    {
        Item = await FindAsync(tenant, token);
        if (Item is null)
        {
            // A friendly page of its own: a resident with a stale QR code should not read "outside your jurisdiction".
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        (Tenant, Token) = (tenant, token);
        if (Item.ReferredTo is not null)
        {
            Referral = await db.CaseSteps
                .Where(s => s.CaseId == Item.Id && (s.Action == CaseAction.Referred || s.Action == CaseAction.ReferralReturned || s.Action == CaseAction.ReferralConcluded))
                .OrderByDescending(s => s.Sequence).Select(s => (CaseAction?)s.Action).FirstOrDefaultAsync();
        }

        if (Item.RatedAt is not null)
        {
            Rated = await db.Ratings.Where(r => r.CaseId == Item.Id).Select(r => (RatingLevel?)r.Level).FirstOrDefaultAsync();
        }

        return Page();
    }

    /// <summary>Dates read the Chinese way in Chinese, ISO otherwise.</summary>
    public static string ShownDate(DateOnly day) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh"
            ? day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<View?> FindAsync(string tenant, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await access.EnterPublicTenantAsync(tenant) is null)
        {
            return null;
        }

        var hash = ServiceCase.HashToken(token);
        var now = clock.UtcNow;
        var found = await (from c in db.ServiceCases
                           join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                           join i in db.ServiceItems on c.ServiceItemId equals i.Id
                           where c.RatingTokenHash == hash && c.RatingTokenExpiresAt >= now
                           select new View(c.Id, c.Number, c.StationId, s.Name, i.NameZh, c.Status, c.ReferredTo, c.ReferralDepartment, c.PromisedBy, c.CompletedAt, c.RatedAt))
            .FirstOrDefaultAsync();
        return found;
    }

    public sealed record View(
        Guid Id,
        string Number,
        Guid StationId,
        string StationName,
        string Item,
        CaseStatus Status,
        ReferralTarget? ReferredTo,
        string? ReferralDepartment,
        DateOnly PromisedBy,
        DateTimeOffset? CompletedAt,
        DateTimeOffset? RatedAt)
    {
        public DateOnly? CompletedOn => CompletedAt is { } at ? DateOnly.FromDateTime(PortalClock.ToBeijing(at).DateTime) : null;
    }
}
