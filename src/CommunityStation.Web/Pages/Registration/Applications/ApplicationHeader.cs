using CommunityStation.Domain.Registration;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// What every application page shows above its content (_ApplicationHeader.cshtml): the station, kind,
/// status and round, and the version the user saw (for the optimistic-concurrency check of an action).
/// </summary>
public sealed record ApplicationHeader(
    Guid Id, Guid TenantId, string Tenant, string Community, ApplicationKind Kind, string StationName, ApplicationStatus Status, int Round,
    string? LastReturnReason, string? LastActor, uint Version)
{
    public const string Entity = "StationApplication";

    /// <summary>The application if the user may see it (UserAccess), else an audited 404.</summary>
    public static async Task<ApplicationHeader> LoadAsync(AppDbContext db, UserAccess access, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var visible = await access.ApplicationsAsync($"application {id}");
        return await (from a in visible
                      join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                      join t in db.Tenants on a.TenantId equals t.Id
                      where a.Id == id
                      select new ApplicationHeader(a.Id, a.TenantId, t.Name, c.Name, a.Kind, a.StationName, a.Status, a.Round, a.LastReturnReason, a.LastActor, a.Version))
            .AsNoTracking()
            .FirstOrDefaultAsync()
            .OrNotFound(Entity, id);
    }

    /// <summary>The application itself, tracked, for an action; an audited 404 when not visible.</summary>
    public static async Task<StationApplication> FindAsync(UserAccess access, Guid id)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = await access.ApplicationsAsync($"application {id}");
        return await visible.FirstOrDefaultAsync(a => a.Id == id).OrNotFound(Entity, id);
    }

    /// <summary>
    /// Saves one workflow transition. Another official may have acted first: then the row version moved
    /// (optimistic concurrency) or the same timeline step was just written (its key is unique). Exactly one
    /// transition stands; this user's unit of work starts afresh and the model state says who handled it.
    /// </summary>
    public static async Task<bool> TrySaveTransitionAsync(AppDbContext db, UserAccess access, Guid id, ModelStateDictionary modelState, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(l);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            await db.RestartTransactionAsync();
            await access.ReadAsync("application details after a concurrency conflict");
            var lastActor = await db.StationApplications.Where(a => a.Id == id).Select(a => a.LastActor).FirstOrDefaultAsync();
            modelState.AddModelError(string.Empty, l["这份申请已由 {0} 处理，请查看最新状态。", lastActor ?? "?"]);
            return false;
        }
    }

    /// <summary>R4: the registered station a change of particulars is weighed against (null for other kinds).</summary>
    public static async Task<Station?> ChangedStationAsync(UserAccess access, ApplicationKind kind, Guid? stationId)
    {
        ArgumentNullException.ThrowIfNull(access);
        return kind == ApplicationKind.ChangeParticulars && stationId is { } id
            ? await (await access.StationsAsync("station changed by an application")).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id)
            : null;
    }

    /// <summary>The details page's address, for notifications.</summary>
    public static string Link(Guid id) => $"/Registration/Applications/Details/{id}";
}

/// <summary>The R4 document slots of one application with every uploaded version, newest first.</summary>
public sealed record SlotView(DocumentSlot Slot, IReadOnlyList<DocumentView> Versions)
{
    public DocumentView? Latest => Versions.Count == 0 ? null : Versions[0];

    public static async Task<IReadOnlyList<SlotView>> LoadAsync(AppDbContext db, Guid applicationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = await db.ApplicationDocuments.Where(d => d.ApplicationId == applicationId)
            .OrderBy(d => d.Slot).ThenByDescending(d => d.Version)
            .Select(d => new DocumentView(d.Id, d.Slot, d.Version, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.Uploaded.By, d.Uploaded.At))
            .ToListAsync();
        return Enum.GetValues<DocumentSlot>()
            .Select(slot => new SlotView(slot, documents.Where(d => d.Slot == slot).ToList()))
            .ToList();
    }
}

public sealed record DocumentView(Guid Id, DocumentSlot Slot, int Version, string FileName, string ContentType, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>What an action form embedded in another page needs (the Details page shows them all).</summary>
public sealed record ActionForm(Guid Id, uint Version, DateOnly Today);

/// <summary>
/// One R4 slot's row: its versions and, for the RC while it holds the application, the upload form;
/// <paramref name="Required"/> is false for a slot a change of particulars does not touch (shown as optional).
/// </summary>
public sealed record DocumentRow(Guid ApplicationId, SlotView Slot, bool CanUpload, bool Required = true);
