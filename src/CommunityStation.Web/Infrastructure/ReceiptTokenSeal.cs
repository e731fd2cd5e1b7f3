using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// The receipt's token (M2, issue 11 item 6) sealed with the portal's data protection: sealed once at intake (and at
/// a reissue) inside <see cref="ServiceCase.Receive"/>, unsealed every time the receipt is opened. The hash on the case
/// stays the only check of a resident's link; this only lets the receipt print the same QR code again.
/// </summary>
public sealed class ReceiptTokenSeal(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CommunityStation.Receipt.RatingToken.v1");

    public string Seal(string token) => _protector.Protect(token);

    /// <summary>The token, or null when the seal cannot be read (a lost key ring: the receipt then offers a reissue).</summary>
    public string? Unseal(string? sealedToken)
    {
        if (sealedToken is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(sealedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
