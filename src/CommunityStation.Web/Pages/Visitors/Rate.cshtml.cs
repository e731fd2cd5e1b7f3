namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// M2: the resident rates a completed case from the receipt's QR code or short link, without signing in.
/// The token (192 random bits, stored only as its hash) is checked for match, expiry and single use.
/// </summary>
public sealed class RateModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public string? StationName { get; private set; }

    public string? Item { get; private set; }

    public string? Problem { get; private set; }

    public bool Done { get; private set; }

    /// <summary>The token matches no case: a friendly 404 that says so, not "outside your jurisdiction".</summary>
    public bool Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string tenant, string token)
    {
        var found = await FindAsync(tenant, token);
        if (found is null)
        {
            return Unknown();
        }

        Check(found);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string tenant, string token)
    {
        var found = await FindAsync(tenant, token);
        if (found is null)
        {
            return Unknown();
        }

        if (Input.Level is not { } level || !Enum.IsDefined(level))
        {
            ModelState.AddModelError("Input.Level", localizer["请选择满意程度。"]);
            Check(found);
            return Page();
        }

        try
        {
            var rating = found.Rate(token, level, Input.Comment, clock.UtcNow);
            db.Ratings.Add(rating);
            await db.SaveChangesAsync();
        }
        catch (DomainException refused)
        {
            Problem = localizer.Describe(refused, withRule: false);
            return Page();
        }
        catch (DbUpdateException)
        {
            Problem = localizer["该事项已经评价过，每件事只能评价一次。"];
            return Page();
        }

        Done = true;
        return Page();
    }

    private PageResult Unknown()
    {
        Missing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private void Check(ServiceCase found)
    {
        Problem = found.RatedAt is not null ? localizer["该事项已经评价过，每件事只能评价一次。"].Value
            : clock.UtcNow > found.RatingTokenExpiresAt ? localizer["评价链接已过期。"].Value
            : found.Status != CaseStatus.Completed ? localizer["事项办结后才能评价。"].Value
            : null;
    }

    private async Task<ServiceCase?> FindAsync(string tenant, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await access.EnterPublicTenantAsync(tenant) is null)
        {
            return null;
        }

        var hash = ServiceCase.HashToken(token);
        var found = await db.ServiceCases.FirstOrDefaultAsync(c => c.RatingTokenHash == hash);
        if (found is not null)
        {
            StationName = await db.Stations.Where(s => s.Id == found.StationId).Select(s => s.Name).FirstAsync();
            Item = await db.ServiceItems.Where(i => i.Id == found.ServiceItemId).Select(i => i.NameZh).FirstAsync();
        }

        return found;
    }

    public sealed class RatingInput
    {
        public RatingLevel? Level { get; set; }

        [MultiLine]
        public string? Comment { get; set; }
    }
}
