using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure.Validation;
using CommunityStation.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// One application: particulars, the R4 document slots, the timeline, and the one next step the user
/// may take (RC: upload and submit; town: agree or return; bureau: register or return).
/// </summary>
public sealed class DetailsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;
    private readonly Notifier _notifier;

    public DetailsModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l, Notifier notifier)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
        _notifier = notifier;
    }

    public View Item { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public IReadOnlyList<ApplicationStep> Timeline { get; private set; } = [];

    public bool RevealHead { get; private set; }

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public RegisterInput Registration { get; set; } = new() { RegistrationDate = DateOnly.FromDateTime(DateTime.Today) };

    public bool CanEdit => _access.Can(Capability.ApplyForStation) && Item.Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedToRc;

    public bool CanDecideAsTown => _access.Can(Capability.DecideAsTown) && Item.Status is ApplicationStatus.SubmittedToTown or ApplicationStatus.ReturnedToTown;

    public bool CanDecideAsBureau => _access.Can(Capability.RegisterStations) && Item.Status is ApplicationStatus.AgreedByTown;

    public async Task<IActionResult> OnGetAsync(Guid id, string? reveal)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        // Whole ID numbers only for those who check identity (town, bureau) and the RC that entered them; logged.
        if (reveal == "head")
        {
            RevealHead = true;
            await this.LogPersonalDataViewAsync("StationApplication", id, Item.TenantId, "proposed head: ID number and phone");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, DocumentSlot slot, IFormFile? file, [FromServices] IDocumentInspector inspector)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError($"File_{slot}", _l["请选择要上传的文件（文件不能为空）。"]);
            return Page();
        }

        var maxBytes = (long)(await SettingsAsync()).ValueOn(PolicySettingKeys.UploadMaxMegabytes, DateOnly.FromDateTime(DateTime.UtcNow)) * 1024 * 1024;
        if (file.Length > maxBytes)
        {
            ModelState.AddModelError($"File_{slot}", _l["文件超过大小上限（{0} MB）（规则 R4）。", maxBytes / (1024 * 1024)]);
            return Page();
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer);
            content = buffer.ToArray();
        }

        UploadedFile accepted;
        try
        {
            accepted = UploadedFile.Accept(content, maxBytes, inspector);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError($"File_{slot}", _l.Describe(refused));
            return Page();
        }

        var version = await _db.ApplicationDocuments.Where(d => d.ApplicationId == id && d.Slot == slot).Select(d => (int?)d.Version).MaxAsync() ?? 0;
        var now = DateTimeOffset.UtcNow;
        application.RecordUpload(_access.Actor, slot, version + 1, now);
        _db.ApplicationDocuments.Add(new ApplicationDocument(application.TenantId, Guid.CreateVersion7(), id, slot, version + 1, file.FileName, accepted, _access.UserName, now));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已上传：{0}", _l[DocumentSlots.NameZh(slot)]].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        return await TransitionAsync(application, async now =>
        {
            var latest = Slots.Where(s => s.Latest is not null).ToList();
            application.Submit(_access.Actor, latest.Select(s => s.Slot).ToList(), string.Join("; ", latest.Select(s => $"{DocumentSlots.NameZh(s.Slot)} v{s.Latest!.Version}")), now);
            await _notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"待审核：{application.StationName}（{Kind(application)}）", Link(id));
        });
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        return await TransitionAsync(application, async now =>
        {
            application.TownAgree(_access.Actor, Decision.Text ?? string.Empty, now);
            await _notifier.NotifyAsync(AppRoles.Bureau, null, null, $"待登记：{application.StationName}（{Kind(application)}）", Link(id));
            await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"镇（街道）已同意：{application.StationName}", Link(id));
        });
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        return await TransitionAsync(application, async now =>
        {
            application.TownReturn(_access.Actor, Decision.Text ?? string.Empty, now);
            await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"申请被退回：{application.StationName}", Link(id));
        });
    }

    public async Task<IActionResult> OnPostBureauReturnAsync(Guid id, bool toTown)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        await _access.ActInTenantAsync(application.TenantId);
        return await TransitionAsync(application, async now =>
        {
            application.BureauReturn(_access.Actor, toTown, Decision.Text ?? string.Empty, now);
            if (toTown)
            {
                await _notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"民政局退回：{application.StationName}", Link(id));
            }
            else
            {
                await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"民政局退回：{application.StationName}", Link(id));
            }
        });
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid id)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        await LoadAsync(id);
        if (!ModelState.Validate(new RegisterValidator(_l), Registration, nameof(Registration)))
        {
            return Page();
        }

        // Registration numbers are unique city-wide: checked across tenants (city read), keyed per tenant in the database.
        var number = TextNormalizer.FoldWidth(Registration.RegistrationNumber);
        if (await _db.Stations.AnyAsync(s => s.RegistrationNumber == number && s.Id != application.StationId))
        {
            ModelState.AddModelError("Registration.RegistrationNumber", _l["该登记证号已被使用。"]);
            return Page();
        }

        var existing = application.StationId is { } stationId ? await _db.Stations.FirstOrDefaultAsync(s => s.Id == stationId) : null;
        await _access.ActInTenantAsync(application.TenantId);
        var uscc = UnifiedSocialCreditCode.TryParse(Registration.Uscc, out var parsed, out _) ? parsed! : throw new DomainException("R3", "统一社会信用代码无效（GB 32100）。", "Uscc");
        return await TransitionAsync(application, async now =>
        {
            var station = application.Register(_access.Actor, number, uscc, Registration.RegistrationDate!.Value, existing, now);
            if (station is not null)
            {
                _db.Stations.Add(station);
            }

            await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"已登记：{application.StationName}", Link(id));
            await _notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"已登记：{application.StationName}", Link(id));
        });
    }

    /// <summary>
    /// Runs one transition under optimistic concurrency: if another official acted first, exactly one
    /// transition stands and this user is told who handled it.
    /// </summary>
    private async Task<IActionResult> TransitionAsync(StationApplication application, Func<DateTimeOffset, Task> transition)
    {
        _db.Entry(application).Property(a => a.Version).OriginalValue = Decision.Version != 0 ? Decision.Version : Registration.Version;
        await transition(DateTimeOffset.UtcNow);
        try
        {
            await _db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The row version moved (optimistic concurrency) or the same timeline step was just written
            // by someone else (its key is unique): either way another official acted first.
            await _db.RestartTransactionAsync();
            await _access.ReadAsync("application details after a concurrency conflict");

            await LoadAsync(application.Id);
            ModelState.AddModelError(string.Empty, _l["这份申请已由 {0} 处理，请查看最新状态。", Item.LastActor ?? "?"]);
            return Page();
        }

        TempData["Saved"] = _l["已办理。"].Value;
        return RedirectToPage(new { id = application.Id });
    }

    private async Task<StationApplication?> FindAsync(Guid id)
    {
        var visible = await _access.ApplicationsAsync($"application {id}");
        return await visible.FirstOrDefaultAsync(a => a.Id == id);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var visible = await _access.ApplicationsAsync($"application {id}");
        var item = await (from a in visible
                          join c in _db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                          join t in _db.Tenants on a.TenantId equals t.Id
                          where a.Id == id
                          select new View(
                              a.Id, a.TenantId, t.Name, c.Name, a.Kind, a.StationName, a.Status, a.Round, a.CreatedAt, a.CreatedBy,
                              a.HeadName, a.HeadIdNumber, a.HeadPhone, a.HeadEducation, a.HeadIsSecretaryOrDirector,
                              a.PremisesAddress, a.PremisesAreaSqm, a.PremisesUseRightBasis, a.RegisteredCapital, a.CapitalSource,
                              a.TownOpinion, a.TownOpinionBy, a.TownOpinionAt, a.LastReturnReason, a.LastActor,
                              a.RegistrationNumber, a.Uscc, a.RegistrationDate, a.StationId, a.Version))
            .AsNoTracking()
            .FirstOrDefaultAsync();
        if (item is null)
        {
            return false;
        }

        Item = item;
        if (Decision.Version == 0)
        {
            Decision.Version = item.Version;
        }

        if (Registration.Version == 0)
        {
            Registration.Version = item.Version;
        }

        var documents = await _db.ApplicationDocuments.Where(d => d.ApplicationId == id)
            .OrderBy(d => d.Slot).ThenByDescending(d => d.Version)
            .Select(d => new DocumentView(d.Id, d.Slot, d.Version, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.UploadedBy, d.UploadedAt))
            .ToListAsync();
        Slots = Enum.GetValues<DocumentSlot>()
            .Select(slot => new SlotView(slot, documents.Where(d => d.Slot == slot).ToList()))
            .ToList();
        Timeline = await _db.ApplicationSteps.Where(s => s.ApplicationId == id).OrderBy(s => s.Sequence).AsNoTracking().ToListAsync();
        return true;
    }

    private async Task<PolicySettingHistory> SettingsAsync() =>
        new(await _db.PolicySettings.Where(s => s.Key == PolicySettingKeys.UploadMaxMegabytes).ToListAsync());

    private static string Link(Guid id) => $"/Registration/Applications/Details/{id}";

    private string Kind(StationApplication a) => _l[Labels.ApplicationKind(a.Kind)];

    public sealed record View(
        Guid Id, Guid TenantId, string Tenant, string Community, ApplicationKind Kind, string StationName, ApplicationStatus Status, int Round, DateTimeOffset CreatedAt, string CreatedBy,
        string HeadName, string HeadIdNumber, string HeadPhone, string HeadEducation, bool HeadIsSecretaryOrDirector,
        string PremisesAddress, decimal PremisesAreaSqm, string PremisesUseRightBasis, decimal RegisteredCapital, string CapitalSource,
        string? TownOpinion, string? TownOpinionBy, DateTimeOffset? TownOpinionAt, string? LastReturnReason, string? LastActor,
        string? RegistrationNumber, string? Uscc, DateOnly? RegistrationDate, Guid? StationId, uint Version);

    public sealed record DocumentView(Guid Id, DocumentSlot Slot, int Version, string FileName, string ContentType, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

    public sealed record SlotView(DocumentSlot Slot, IReadOnlyList<DocumentView> Versions)
    {
        public DocumentView? Latest => Versions.Count == 0 ? null : Versions[0];
    }

    public sealed class DecisionInput
    {
        [MultiLine]
        public string? Text { get; set; }

        public uint Version { get; set; }
    }

    public sealed class RegisterInput
    {
        [Code]
        public string? RegistrationNumber { get; set; }

        [Code]
        public string? Uscc { get; set; }

        public DateOnly? RegistrationDate { get; set; }

        public uint Version { get; set; }
    }

    public sealed class RegisterValidator : AbstractValidator<RegisterInput>
    {
        public RegisterValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.RegistrationNumber).NotEmpty().WithMessage(_ => l["请填写登记证号。"]).MaximumLength(40).WithMessage(_ => l["不超过 {0} 个字。", 40]);
            RuleFor(x => x.Uscc).NotEmpty().WithMessage(_ => l["请填写统一社会信用代码。"]).UnifiedSocialCreditCode();
            RuleFor(x => x.RegistrationDate).NotNull().WithMessage(_ => l["请填写登记日期。"])
                .Must(d => d is null || (d.Value >= new DateOnly(2008, 9, 23) && d.Value <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))))
                .WithMessage(_ => l["登记日期须在 2008-09-23 与今天之间。"]);
        }
    }
}
