using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Domain.Settings;
using CommunityStation.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// P2: one-stop intake. Find or register the resident (or none), pick the duty area item and channel,
/// write the request; the case gets its number, promised date and rating link, owned by the recorder.
/// </summary>
[Authorize(Roles = AppRoles.DeskStaff + "," + AppRoles.StationHead)]
public sealed class IntakeModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public OwnStation Desk { get; private set; } = null!;

    public const int MaxMatches = 20;

    public IReadOnlyList<ResidentMatch> Matches { get; private set; } = [];

    public int MatchTotal { get; private set; }

    public IReadOnlyList<ItemOption> Items { get; private set; } = [];

    public IReadOnlyList<(Guid Id, int Number)> Desks { get; private set; } = [];

    /// <summary>Desk staff whose community has no registered station yet get a page that says so.</summary>
    public bool NoStation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? resident)
    {
        if (!await LoadAsync())
        {
            NoStation = true;
            return Page();
        }

        if (resident is { } id)
        {
            Input.ResidentId = id;
        }

        // One token per form shown: posting this form again finds the case it made (see OnPostAsync).
        Input.IntakeToken = Guid.NewGuid();

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Domain.Common.TextNormalizer.FoldWidth(Q);
            var upper = term.ToUpperInvariant();
            var phone = Domain.Common.ChinesePhoneNumber.NormalizeOrKeep(term); // as stored: 0510-87654321 however it was typed
            var found = (await access.ResidentsAsync()).Where(r => r.StationId == Desk.StationId && (r.Name.Contains(term) || r.Phone == phone || r.IdNumber == upper));

            // A quick pick at the desk, not a register: the first matches, and the clerk is told how many there are.
            MatchTotal = await found.CountAsync();
            Matches = (await found.OrderBy(r => r.Name).ThenBy(r => r.Id).Take(MaxMatches)
                    .Select(r => new { r.Id, r.Name, r.Phone, r.IdNumber }).ToListAsync())
                .Select(r => new ResidentMatch(r.Id, r.Name, Domain.Common.Masking.MaskPhone(r.Phone), Domain.Common.Masking.MaskIdNumber(r.IdNumber)))
                .ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Idempotent: the same form posted twice (double click, retry after a failed receipt) gives the
        // first case's receipt and creates nothing. The advisory lock makes a concurrent second post wait
        // for the first to commit and then find its case; the unique index backs this up.
        var intakeToken = Input.IntakeToken is { } posted && posted != Guid.Empty ? posted : Guid.NewGuid();
        await db.LockIntakeTokenAsync(intakeToken);
        if (await db.ServiceCases.Where(c => c.IntakeToken == intakeToken).Select(c => (Guid?)c.Id).FirstOrDefaultAsync() is { } received)
        {
            return RedirectToPage("/Desk/Cases/Receipt", new { id = received });
        }

        if (!ModelState.Validate(new IntakeValidator(localizer), Input))
        {
            return Page();
        }

        var item = Items.FirstOrDefault(i => i.Id == Input.ServiceItemId);
        if (item is null)
        {
            ModelState.AddModelError("Input.ServiceItemId", localizer["请选择服务事项。"]);
            return Page();
        }

        var now = clock.UtcNow;
        var tenantId = access.TenantId!.Value;
        Guid? residentId = null;
        if (Input.ResidentId is { } existing)
        {
            residentId = await (await access.ResidentsAsync()).Where(r => r.Id == existing && r.StationId == Desk.StationId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
            if (residentId is null)
            {
                ModelState.AddModelError("Input.ResidentId", localizer["找不到该居民。"]);
                return Page();
            }
        }
        else if (!Input.Anonymous)
        {
            var resident = new Resident(tenantId, Guid.CreateVersion7(), Desk.StationId, Input.ResidentName ?? string.Empty, Input.ResidentIdNumber, Input.ResidentPhone, Input.ElderlyOrDisabled, now);
            db.Residents.Add(resident);
            residentId = resident.Id;
        }

        var settings = new PolicySettingHistory(await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.RatingTokenValidDays).ToListAsync());
        var year = PortalClock.ToBeijing(now).Year;
        var sequence = await db.NextCaseSequenceAsync(tenantId, Desk.StationId, year);
        var (serviceCase, token) = ServiceCase.Receive(
            tenantId, Guid.CreateVersion7(), Desk.StationId, Desk.CaseCode, year, sequence, residentId, Input.DeskId, item.AreaCode, item.Id, item.PromisedDays, await db.WorkingCalendarAsync(),
            Input.Channel, Input.ConsentRecorded, Input.Request ?? string.Empty, new CaseOwner(Desk.UserId, Desk.UserName), now,
            (int)settings.ValueOn(PolicySettingKeys.RatingTokenValidDays, clock.Today), intakeToken);
        db.ServiceCases.Add(serviceCase);
        await db.SaveChangesAsync();
        TempData["RatingToken"] = token;
        return RedirectToPage("/Desk/Cases/Receipt", new { id = serviceCase.Id });
    }

    private async Task<bool> LoadAsync()
    {
        var desk = await access.OwnStationAsync();
        if (desk is null)
        {
            return false;
        }

        Desk = desk;
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        Items = (await db.ServiceItems.Where(i => i.IsActive).Join(db.DutyAreas, i => i.DutyAreaCode, a => a.Code, (i, a) => new { i.Id, i.NameZh, i.NameEn, i.DutyAreaCode, i.PromisedDays, a.SortOrder, AreaZh = a.NameZh, AreaEn = a.NameEn })
                .OrderBy(x => x.SortOrder).ThenBy(x => x.NameZh).ToListAsync())
            .Select(x => new ItemOption(x.Id, x.DutyAreaCode, english ? x.AreaEn : x.AreaZh, english && x.NameEn.Length > 0 ? x.NameEn : x.NameZh, x.PromisedDays))
            .ToList();
        Desks = (await (await access.DesksAsync()).Where(d => d.StationId == desk.StationId && d.IsActive).OrderBy(d => d.Number).Select(d => new { d.Id, d.Number }).ToListAsync())
            .Select(d => (d.Id, d.Number)).ToList();
        return true;
    }

    public sealed record ResidentMatch(Guid Id, string Name, string Phone, string IdNumber);

    public sealed record ItemOption(Guid Id, string AreaCode, string AreaName, string Name, int PromisedDays);

    public sealed class IntakeInput
    {
        public Guid? IntakeToken { get; set; }

        public Guid? ResidentId { get; set; }

        public bool Anonymous { get; set; }

        public string? ResidentName { get; set; }

        [Code]
        public string? ResidentIdNumber { get; set; }

        [Code]
        public string? ResidentPhone { get; set; }

        public bool ElderlyOrDisabled { get; set; }

        public Guid? ServiceItemId { get; set; }

        public Guid? DeskId { get; set; }

        public CaseChannel Channel { get; set; } = CaseChannel.WalkIn;

        public bool ConsentRecorded { get; set; }

        [MultiLine]
        public string? Request { get; set; }
    }

    public sealed class IntakeValidator : AbstractValidator<IntakeInput>
    {
        public IntakeValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.ServiceItemId).NotNull().WithMessage(_ => l["请选择服务事项。"]);
            RuleFor(x => x.Channel).IsInEnum().WithMessage(_ => l["请选择受理渠道。"]);
            RuleFor(x => x.ConsentRecorded).Equal(true).When(x => x.Channel == CaseChannel.OnBehalf).WithMessage(_ => l["代办须记录居民本人的同意（规则 P2）。"]);
            RuleFor(x => x.Request).NotEmpty().WithMessage(_ => l["请填写诉求内容。"]).MaximumLength(ServiceCase.MaxTextLength).WithMessage(_ => l["不超过 {0} 个字。", ServiceCase.MaxTextLength]);
            RuleFor(x => x.ResidentName).NotEmpty().When(x => x.ResidentId is null && !x.Anonymous).WithMessage(_ => l["请填写居民姓名，或勾选“不愿留名”。"])
                .MaximumLength(30).WithMessage(_ => l["不超过 {0} 个字。", 30]);
            RuleFor(x => x.ResidentIdNumber).ChineseIdNumber();
            RuleFor(x => x.ResidentPhone).ChinesePhoneNumber();
        }
    }
}
