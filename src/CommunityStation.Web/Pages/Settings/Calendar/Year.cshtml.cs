using CommunityStation.Domain.Calendar;

namespace CommunityStation.Web.Pages.Settings.Calendar;

/// <summary>
/// Marks a year of the working calendar as following the State Council's notice (named), or back to not
/// announced. A year not yet in the calendar is opened here too.
/// </summary>
public sealed class YearModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public YearInput Input { get; set; } = new();

    public CalendarYear? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Year is < CalendarYear.FirstYear or > CalendarYear.LastYear)
        {
            return await this.NotFoundAuditedAsync("CalendarYear", Year);
        }

        Existing = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == Year);
        Input = new YearInput { Announced = Existing?.Announced ?? false, Source = Existing?.Source, Version = Existing?.Version ?? 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Year is < CalendarYear.FirstYear or > CalendarYear.LastYear)
        {
            return await this.NotFoundAuditedAsync("CalendarYear", Year);
        }

        Existing = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == Year);
        if (!ModelState.Validate(new YearValidator(l), Input))
        {
            return Page();
        }

        if (Existing is null)
        {
            Existing = new CalendarYear(Year, access.Actor, clock.UtcNow);
            db.CalendarYears.Add(Existing);
        }
        else
        {
            db.ExpectVersion(Existing, Input.Version);
        }

        Existing.SetAnnounced(Input.Announced, Input.Source, access.Actor, clock.UtcNow);
        await db.SaveChangesAsync();
        TempData["Saved"] = (Input.Announced ? l["已标记 {0} 年节假日安排为已公布。", Year] : l["已标记 {0} 年节假日安排为尚未公布。", Year]).Value;
        return RedirectToPage("/Settings/Calendar/Index", new { year = Year });
    }

    public sealed class YearInput
    {
        public bool Announced { get; set; }

        [MultiLine]
        public string? Source { get; set; }

        public uint Version { get; set; }
    }

    public sealed class YearValidator : AbstractValidator<YearInput>
    {
        public YearValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Source).NotEmpty().When(x => x.Announced).WithMessage(_ => l["请填写依据的通知名称或文号。"])
                .MaximumLength(CalendarYear.MaxSourceLength).WithMessage(_ => l["不超过 {0} 个字。", CalendarYear.MaxSourceLength]);
        }
    }
}
