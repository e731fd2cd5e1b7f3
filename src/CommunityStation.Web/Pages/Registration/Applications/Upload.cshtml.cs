using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// The RC uploads one R4 document (a new version of its slot) while it holds the application. The file is
/// checked by content and stored in the same transaction as the timeline step.
/// </summary>
public sealed class UploadModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public SlotView Slot { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, DocumentSlot slot) => await LoadAsync(id, slot);

    public async Task<IActionResult> OnPostAsync(Guid id, DocumentSlot slot, [FromServices] IDocumentInspector inspector)
    {
        await LoadAsync(id, slot);
        var maxBytes = await MaxBytesAsync();
        if (!ModelState.Validate(new UploadValidator(localizer, maxBytes), Input))
        {
            return Page();
        }

        var application = await ApplicationHeader.FindAsync(access, id);
        var content = await ReadAsync(Input.File!);

        // The content check (a refusal names the rule under the file field).
        var accepted = UploadedFile.Accept(content, maxBytes, inspector);

        var version = (Slot.Latest?.Version ?? 0) + 1;
        var now = clock.UtcNow;
        application.RecordUpload(access.Actor, slot, version, now);
        db.ApplicationDocuments.Add(new ApplicationDocument(application.TenantId, Guid.CreateVersion7(), id, slot, version, Input.File!.FileName, accepted, access.Actor, now));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已上传：{0}", localizer[DocumentSlots.NameZh(slot)]].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }

    private async Task LoadAsync(Guid id, DocumentSlot slot)
    {
        Header = await ApplicationHeader.LoadAsync(db, access, id);
        Slot = (await SlotView.LoadAsync(db, id)).FirstOrDefault(s => s.Slot == slot) ?? new SlotView(slot, []);
    }

    /// <summary>The R4 size limit in force today (a dated policy setting).</summary>
    private async Task<long> MaxBytesAsync()
    {
        var history = new PolicySettingHistory(await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.UploadMaxMegabytes).ToListAsync());
        return (long)history.ValueOn(PolicySettingKeys.UploadMaxMegabytes, clock.Today) * 1024 * 1024;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public sealed class UploadInput
    {
        public IFormFile? File { get; set; }
    }

    public sealed class UploadValidator : AbstractValidator<UploadInput>
    {
        public UploadValidator(IStringLocalizer<SharedResource> l, long maxBytes)
        {
            RuleFor(x => x.File).Cascade(CascadeMode.Stop)
                .Must(f => f is { Length: > 0 }).WithMessage(_ => l["请选择要上传的文件（文件不能为空）。"])
                .Must(f => f!.Length <= maxBytes).WithMessage(_ => l["文件超过大小上限（{0} MB）（规则 R4）。", maxBytes / (1024 * 1024)]);
        }
    }
}
