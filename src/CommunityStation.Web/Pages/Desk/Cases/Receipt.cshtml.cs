using System.Security.Cryptography;
using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Domain.Settings;
using CommunityStation.Web.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.People;
using Microsoft.AspNetCore.DataProtection;
using QRCoder;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// The printed receipt: case number, promised date, the person who handles it (name and post, issue 11 item 4) and
/// the QR code, drawn on the server. The QR opens the case's public status page (issue 11 item 6), which offers the
/// rating (M2) once done; both carry the same token. The token printed at intake is kept sealed by the portal's data
/// protection, so the receipt opened again shows the same QR; only a reprint ("reissue") voids it, and only when the
/// sealed copy cannot be read (a case from before, or a lost key ring) is that needed.
/// </summary>
public sealed class ReceiptModel(AppDbContext db, UserAccess access, PortalClock clock, IDataProtectionProvider protection, PublicLinks links) : PageModel
{
    private readonly IDataProtector _sealer = protection.CreateProtector("CommunityStation.Receipt.RatingToken.v1");

    public View Item { get; private set; } = null!;

    /// <summary>Who handles the case: the person behind the owner's account (name and post), when one is linked.</summary>
    public StaffFace? OwnerFace { get; private set; }

    public string? RatingUrl { get; private set; }

    public string? StatusUrl { get; private set; }

    public string? QrSvg { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (TempData["RatingToken"] is string token)
        {
            // Right after intake: the token is printed now, and kept sealed for the next time the receipt is opened.
            var serviceCase = await (await access.CasesAsync()).FirstAsync(c => c.Id == id);
            if (serviceCase.ReceiptTokenSealed is null && ServiceCase.HashToken(token) == serviceCase.RatingTokenHash)
            {
                serviceCase.KeepReceiptToken(token, _sealer.Protect(token));
                await db.SaveChangesAsync();
            }

            SetLink(token);
        }
        else if (Unseal() is { } kept)
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
        var token = serviceCase.ReissueRatingToken(clock.UtcNow, (int)days);
        serviceCase.KeepReceiptToken(token, _sealer.Protect(token));
        await db.SaveChangesAsync();
        await LoadAsync(id);
        SetLink(token);
        return Page();
    }

    /// <summary>The kept token, if it can still be read, is the case's current one and has not expired; else null (the page offers a reissue).</summary>
    private string? Unseal()
    {
        if (Item.Sealed is null || Item.TokenExpiresAt < clock.UtcNow)
        {
            return null;
        }

        try
        {
            var token = _sealer.Unprotect(Item.Sealed);
            return ServiceCase.HashToken(token) == Item.TokenHash ? token : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
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
