using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Settings.Policy;

/// <summary>
/// The bureau records a new value of one setting from an effective date. Old values are never
/// edited: each change is a new row, so the rule in force on any past date stays answerable.
/// </summary>
public sealed class EditModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>宜政办发[2008]168号 is dated 2008-09-23; no value of its numbers can be older.</summary>
    public static readonly DateOnly PolicyDate = new(2008, 9, 23);

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    public PolicySettingDefinition Definition { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public decimal ValueToday { get; private set; }

    public IReadOnlyList<PolicySetting> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (PolicySettingKeys.Find(Key ?? string.Empty) is not { } definition)
        {
            return await this.NotFoundAuditedAsync("PolicySetting", Key);
        }

        await LoadAsync(definition);
        Input = new EditInput { Value = ValueToday, EffectiveFrom = Today };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (PolicySettingKeys.Find(Key ?? string.Empty) is not { } definition)
        {
            return await this.NotFoundAuditedAsync("PolicySetting", Key);
        }

        await LoadAsync(definition);
        if (!ModelState.Validate(new EditValidator(localizer, definition), Input))
        {
            return Page();
        }

        db.PolicySettings.Add(new PolicySetting(
            Guid.CreateVersion7(),
            definition.Key,
            Input.Value!.Value,
            Input.EffectiveFrom!.Value,
            clock.UtcNow,
            access.Actor,
            Input.Note));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已记录：{0} 自 {1} 起为 {2}。", localizer[definition.NameZh].Value, PolicyFormat.Date(Input.EffectiveFrom.Value), PolicyFormat.Value(definition, Input.Value.Value)].Value;
        return RedirectToPage("/Settings/Policy/Index");
    }

    private async Task LoadAsync(PolicySettingDefinition definition)
    {
        Definition = definition;
        Today = clock.Today;
        var key = definition.Key;
        History = await db.PolicySettings.AsNoTracking()
            .Where(s => s.Key == key)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Recorded.At)
            .ToListAsync();
        ValueToday = new PolicySettingHistory(History).ValueOn(key, Today);
    }

    public sealed class EditInput
    {
        [Code]
        public decimal? Value { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        [MultiLine]
        public string? Note { get; set; }
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        // The column keeps four decimals; more would be rounded silently.
        private const int MaxDecimals = 4;

        public EditValidator(IStringLocalizer<SharedResource> l, PolicySettingDefinition definition)
        {
            ArgumentNullException.ThrowIfNull(definition);
            RuleFor(x => x.Value).NotNull().WithMessage(_ => l["请输入取值。"])
                .InclusiveBetween(definition.Min, definition.Max)
                .WithMessage(_ => l["取值必须在 {0} 到 {1} 之间（规则 {2}）。", PolicyFormat.Number(definition.Min), PolicyFormat.Number(definition.Max), definition.Rule])
                .Must(v => v is null || decimal.Round(v.Value, MaxDecimals) == v.Value)
                .WithMessage(_ => l["最多 {0} 位小数。", MaxDecimals]);
            RuleFor(x => x.EffectiveFrom).NotNull().WithMessage(_ => l["请输入生效日期。"])
                .GreaterThanOrEqualTo(PolicyDate)
                .WithMessage(_ => l["生效日期不能早于政策印发日期 {0}。", PolicyFormat.Date(PolicyDate)]);
            RuleFor(x => x.Note).MaximumLength(PolicySetting.MaxNoteLength)
                .WithMessage(_ => l["说明不超过 {0} 个字。", PolicySetting.MaxNoteLength]);
        }
    }
}
