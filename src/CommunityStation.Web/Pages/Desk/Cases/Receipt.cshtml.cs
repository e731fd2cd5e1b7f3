using CommunityStation.Domain.Settings;
using QRCoder;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// The printed receipt: case number, promised date and the QR code, drawn on the server. The QR opens the case's
/// public status page (issue 11 item 6), which offers the rating (M2) once done; both carry the same token.
/// The token is shown once, right after intake; a reprint issues a new one (the old stops working).
/// </summary>
public sealed class ReceiptModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public View Item { get; private set; } = null!;

    public string? RatingUrl { get; private set; }

    public string? StatusUrl { get; private set; }

    public string? QrSvg { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (TempData["RatingToken"] is string token)
        {
            SetLink(token);
        }
    }

    /// <summary>Only staff of a station reissue; anyone else gets the same audited 404 as for an unseen case.</summary>
    public async Task<IActionResult> OnPostReissueAsync(Guid id)
    {
        if (await access.OwnStationAsync() is null)
        {
            throw new RecordNotFoundException("ServiceCase", id);
        }

        var serviceCase = await (await access.CasesAsync()).FirstOrDefaultAsync(c => c.Id == id).OrNotFound("ServiceCase", id);
        var days = new PolicySettingHistory(await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.RatingTokenValidDays).ToListAsync())
            .ValueOn(PolicySettingKeys.RatingTokenValidDays, clock.Today);
        var token = serviceCase.ReissueRatingToken(clock.UtcNow, (int)days);
        await db.SaveChangesAsync();
        await LoadAsync(id);
        SetLink(token);
        return Page();
    }

    private void SetLink(string token)
    {
        RatingUrl = $"{Request.Scheme}://{Request.Host}/r/{Item.TenantCode}/{token}";
        StatusUrl = $"{Request.Scheme}://{Request.Host}/s/{Item.TenantCode}/{token}";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(StatusUrl, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }

    private async Task LoadAsync(Guid id)
    {
        var cases = await access.CasesAsync();
        Item = await (from c in cases
                          join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                          join t in db.Tenants on c.TenantId equals t.Id
                          join i in db.ServiceItems on c.ServiceItemId equals i.Id
                          where c.Id == id
                          select new View(c.Id, c.Number, s.Name, t.Code, i.NameZh, c.DutyAreaCode, c.Request, c.OwnerName, c.ReceivedAt, c.PromisedBy, c.RatedAt != null))
            .FirstOrDefaultAsync()
            .OrNotFound("ServiceCase", id);
    }

    public sealed record View(Guid Id, string Number, string StationName, string TenantCode, string Item, string AreaCode, string Request, string Owner, DateTimeOffset ReceivedAt, DateOnly PromisedBy, bool Rated);
}
