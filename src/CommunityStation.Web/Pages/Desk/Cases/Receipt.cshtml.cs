using CommunityStation.Domain.Settings;
using CommunityStation.Web.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.People;
using QRCoder;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// The printed receipt: case number, promised date, the person who handles it (name and post, issue 11 item 4) and
/// the QR code, drawn on the server. The QR opens the case's public status page (issue 11 item 6), which offers the
/// rating (M2) once done; both carry the same token. The token is sealed at intake (<see cref="ServiceCase.Receive"/>),
/// so opening the receipt only reads (one query) and shows the same QR every time; only a reprint ("reissue") voids it,
/// and only when the sealed copy cannot be read (a case from before, or a lost key ring) is that needed. Laid out as a
/// formal print (GB/T 9704: the station as issuer, a seal area, the date in Chinese).
/// </summary>
public sealed class ReceiptModel(AppDbContext db, UserAccess access, PortalClock clock, ReceiptTokenSeal seal, PublicLinks links) : PageModel
{
    public View Item { get; private set; } = null!;

    /// <summary>Who handles the case: the person behind the owner's account (name and post), when one is linked.</summary>
    public StaffFace? OwnerFace { get; private set; }

    public string? RatingUrl { get; private set; }

    public string? StatusUrl { get; private set; }

    public string? QrSvg { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (Unseal() is { } kept)
        {
            SetLink(kept);
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
        var token = serviceCase.ReissueRatingToken(clock.UtcNow, (int)days, seal.Seal);
        await db.SaveChangesAsync();
        await LoadAsync(id);
        SetLink(token);
        return Page();
    }

    /// <summary>The kept token, if it can still be read, is the case's current one and has not expired; else null (the page offers a reissue).</summary>
    private string? Unseal()
    {
        if (Item.TokenExpiresAt < clock.UtcNow || seal.Unseal(Item.Sealed) is not { } token)
        {
            return null;
        }

        return ServiceCase.HashToken(token) == Item.TokenHash ? token : null;
    }

    private void SetLink(string token)
    {
        // On the configured public address (issue 12), never the request's Host: the paper outlives the request.
        RatingUrl = links.Absolute($"/r/{Item.TenantCode}/{token}");
        StatusUrl = links.Absolute($"/s/{Item.TenantCode}/{token}");
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
                      select new View(c.Id, c.Number, c.StationId, s.Name, t.Code, i.NameZh, c.DutyAreaCode, c.Request, c.OwnerId, c.OwnerName, c.ReceivedAt, c.PromisedBy, c.RatedAt != null,
                          c.RatingTokenHash, c.RatingTokenExpiresAt, c.ReceiptTokenSealed))
            .AsNoTracking()
            .FirstOrDefaultAsync()
            .OrNotFound("ServiceCase", id);
        OwnerFace = await StaffFaces.OfAsync(db, Item.StationId, Item.OwnerId);
    }

    public sealed record View(
        Guid Id, string Number, Guid StationId, string StationName, string TenantCode, string Item, string AreaCode, string Request, Guid OwnerId, string OwnerName,
        DateTimeOffset ReceivedAt, DateOnly PromisedBy, bool Rated, string TokenHash, DateTimeOffset TokenExpiresAt, string? Sealed);
}
