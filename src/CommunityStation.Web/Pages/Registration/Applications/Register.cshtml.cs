using CommunityStation.Web.Infrastructure.Validation;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// R3: the bureau registers a town-agreed application (number, USCC, date) or returns it to the town or
/// the RC. The bureau reads city-wide and writes inside the application's tenant (ActInTenantAsync). A code
/// not issued by civil affairs needs a reason (R3, soft), audited with the registration.
/// </summary>
public sealed class RegisterModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer, Notifier notifier, AuditLog audit)
    : ApplicationActionModel<RegisterModel.RegisterInput>(db, access, clock, localizer)
{
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(Access, id);
        if (!ModelState.Validate(new RegisterValidator(L, Clock.Today), Input))
        {
            return Page();
        }

        // Registration numbers are unique city-wide: checked across tenants (city read), keyed per tenant in the database.
        var number = TextNormalizer.FoldWidth(Input.RegistrationNumber);
        var stations = await Access.StationsAsync("registration number check");
        if (await stations.AnyAsync(s => s.RegistrationNumber == number && s.Id != application.StationId))
        {
            ModelState.AddModelError("Input.RegistrationNumber", L["该登记证号已被使用。"]);
            return Page();
        }

        var existing = application.StationId is { } stationId ? await stations.FirstOrDefaultAsync(s => s.Id == stationId) : null;
        await Access.ActInTenantAsync(application.TenantId);
        var uscc = UnifiedSocialCreditCode.Require(Input.Uscc);
        Db.ExpectVersion(application, Input.Version);
        if (application.Register(Access.Actor, number, uscc, Input.RegistrationDate!.Value, existing, Clock.UtcNow, Input.UsccReason) is { } station)
        {
            Db.Stations.Add(station);
        }

        if (uscc.StationWarning() is { } warning)
        {
            // The domain has refused a missing reason; the override is audited in the same SaveChanges.
            Db.AuditEntries.Add(audit.Entry(AuditKinds.SoftRuleOverride, ApplicationHeader.Entity, id, $"{warning.Rule}: {warning} — {TextNormalizer.Text(Input.UsccReason)}", application.TenantId));
        }

        await notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"已登记：{application.StationName}", ApplicationHeader.Link(id));
        await notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"已登记：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(Access, id);
        await Access.ActInTenantAsync(application.TenantId);
        Db.ExpectVersion(application, Input.Version);
        application.BureauReturn(Access.Actor, Input.ToTown, Input.Reasons ?? string.Empty, Clock.UtcNow);
        await notifier.NotifyAsync(Input.ToTown ? AppRoles.TownOfficial : AppRoles.RcOfficer, application.TenantId, Input.ToTown ? null : application.CommunityId, $"民政局退回：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }


    public sealed class RegisterInput : IVersionedInput
    {
        public string? RegistrationNumber { get; set; }

        public string? Uscc { get; set; }

        public DateOnly? RegistrationDate { get; set; }

        /// <summary>R3 (soft): why a code not issued by civil affairs (first character other than 5) is used.</summary>
        public string? UsccReason { get; set; }

        /// <summary>Returning: the reasons, and whether to the town (else to the RC).</summary>
        public string? Reasons { get; set; }

        public bool ToTown { get; set; }

        public uint Version { get; set; }
    }

    public sealed class RegisterValidator : AbstractValidator<RegisterInput>
    {
        public RegisterValidator(IStringLocalizer<SharedResource> l, DateOnly today)
        {
            RuleFor(x => x.UsccReason).MaximumLength(500).WithMessage(_ => l["不超过 {0} 个字。", 500]);
            RuleFor(x => x.RegistrationNumber).NotEmpty().WithMessage(_ => l["请填写登记证号。"]).MaximumLength(40).WithMessage(_ => l["不超过 {0} 个字。", 40]);
            RuleFor(x => x.Uscc).NotEmpty().WithMessage(_ => l["请填写统一社会信用代码。"]).UnifiedSocialCreditCode();
            RuleFor(x => x.RegistrationDate).NotNull().WithMessage(_ => l["请填写登记日期。"])
                .Must(d => d is null || (d.Value >= new DateOnly(2008, 9, 23) && d.Value <= today))
                .WithMessage(_ => l["登记日期须在 2008-09-23 与今天之间。"]);
        }
    }
}
