using CommunityStation.Domain.Calendar;
using CommunityStation.Web.Pages.Settings.Policy;

namespace CommunityStation.Web.Pages.Settings.Calendar;

/// <summary>
/// The working calendar, one year at a time: the public holidays and make-up working days of the State
/// Council's notice, which promised dates count on. The bureau adds and removes entries here; nothing is
/// deleted (a removal is recorded), and every change is in the audit trail.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public DayInput Input { get; set; } = new();

    public DateOnly Today { get; private set; }

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public YearRow? Shown { get; private set; }

    public IReadOnlyList<CalendarDay> InForce { get; private set; } = [];

    public IReadOnlyList<CalendarDay> History { get; private set; } = [];

    /// <summary>This year and next, when their notice is not entered: the bureau is reminded on top of the page.</summary>
    public IReadOnlyList<int> NotAnnounced { get; private set; } = [];

    public int WorkingDays { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        if (!ModelState.Validate(new DayValidator(l, Year!.Value), Input))
        {
            return Page();
        }

        var year = await YearToChangeAsync();
        // Added explicitly: EF would take a child with its key already set for an existing row.
        db.CalendarDays.Add(year.AddDay(Guid.CreateVersion7(), Input.Date!.Value, Input.Kind!.Value, Input.Name, access.Actor, clock.UtcNow));
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已记录：{0} {1}（{2}）。", PolicyFormat.Date(Input.Date.Value), Input.Name ?? string.Empty, l[KindText(Input.Kind.Value)].Value].Value;
        return RedirectToPage(new { year = Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid dayId)
    {
        await LoadAsync();
        var year = await YearToChangeAsync();
        year.RemoveDay(dayId, access.Actor, clock.UtcNow);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已删除该记录（保留在调整记录中）。"].Value;
        return RedirectToPage(new { year = Year });
    }

    public static string KindText(CalendarDayKind kind) => kind == CalendarDayKind.Holiday ? "放假" : "调休上班";

    /// <summary>Weekday names as resource keys.</summary>
    public static string WeekdayText(DateOnly date) => Labels.Weekday(date.DayOfWeek);

    private async Task<CalendarYear> YearToChangeAsync()
    {
        var year = await db.CalendarYears.Include(y => y.Days).FirstOrDefaultAsync(y => y.Year == Year);
        if (year is null)
        {
            // A year nobody has opened yet (e.g. two years ahead): it starts as not announced.
            year = new CalendarYear(Year!.Value, access.Actor, clock.UtcNow);
            db.CalendarYears.Add(year);
        }

        return year;
    }

    private async Task LoadAsync()
    {
        Today = clock.Today;
        Year ??= Today.Year;
        Year = Math.Clamp(Year.Value, CalendarYear.FirstYear, CalendarYear.LastYear);
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year)
            .Select(y => new YearRow(y.Year, y.Announced, y.Source, y.Recorded.By, y.Recorded.At, y.Days.Count(d => d.Removed == null)))
            .ToListAsync();
        Years = years;
        Shown = years.FirstOrDefault(y => y.Year == Year);
        NotAnnounced = new[] { Today.Year, Today.Year + 1 }.Where(y => years.FirstOrDefault(r => r.Year == y) is not { Announced: true }).ToList();
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Year == Year).ToListAsync();
        InForce = days.Where(d => d.IsInForce).OrderBy(d => d.Date).ToList();
        History = days.OrderByDescending(d => d.Removed?.At ?? d.Recorded.At).ThenByDescending(d => d.Date).ToList();
        var calendar = new WorkingCalendar(InForce.Select(d => KeyValuePair.Create(d.Date, d.Kind)));
        var first = new DateOnly(Year.Value, 1, 1);
        WorkingDays = calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(Year.Value, 12, 31));
    }

    public sealed record YearRow(int Year, bool Announced, string? Source, string RecordedBy, DateTimeOffset RecordedAt, int Entries);

    public sealed class DayInput
    {
        public DateOnly? Date { get; set; }

        public CalendarDayKind? Kind { get; set; }

        public string? Name { get; set; }
    }

    public sealed class DayValidator : AbstractValidator<DayInput>
    {
        public DayValidator(IStringLocalizer<SharedResource> l, int year)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => l["请输入日期。"])
                .Must(d => d is null || d.Value.Year == year).WithMessage(_ => l["日期不在 {0} 年内。", year]);
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["请选择放假或调休上班。"]).IsInEnum().WithMessage(_ => l["请选择放假或调休上班。"]);
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["请填写名称（如“国庆节”，不超过 30 个字）。"])
                .MaximumLength(CalendarDay.MaxNameLength).WithMessage(_ => l["请填写名称（如“国庆节”，不超过 30 个字）。"]);
        }
    }
}
