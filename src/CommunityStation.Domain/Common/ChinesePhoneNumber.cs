using System.Text.RegularExpressions;

namespace CommunityStation.Domain.Common;

/// <summary>
/// A contact phone in mainland China: a mobile number (kept as its 11 digits, see <see cref="MobilePhone"/>) or a
/// landline with its area code and an optional extension, kept as <c>0510-87654321</c> or <c>0510-87654321-123</c>.
/// Area codes are 010 and 020–029 (three digits with the 0) or 0 followed by 3–9 and two more digits; the local number
/// has 7 or 8 digits and never starts with 0 or 1 (those begin area codes, mobiles and service numbers). Typed forms
/// such as <c>0510 8765 4321</c>, <c>(0510)87654321</c>, <c>+86 510 87654321</c> and <c>0510-87654321转123</c> are
/// all read, after folding full-width characters. Nothing in the portal sends SMS, so no field needs a mobile:
/// <see cref="MobilePhone"/> stays for a field that one day will.
/// </summary>
public sealed partial record ChinesePhoneNumber(string Value)
{
    /// <summary>The longest stored form: a four-digit area code, eight digits and a six-digit extension, with two hyphens.</summary>
    public const int MaxLength = 20;

    public bool IsMobile => !Value.StartsWith('0');

    public string Masked => Masking.MaskPhone(Value);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>Parses a mobile or a landline; <paramref name="error"/> is "format" when it is neither.</summary>
    public static bool TryParse(string? input, out ChinesePhoneNumber? phone, out string? error)
    {
        phone = null;
        error = "format";
        var text = TextNormalizer.FoldWidth(input);
        if (text.Length is 0 or > 40)
        {
            return false;
        }

        if (MobilePhone.TryParse(text, out var mobile, out _))
        {
            error = null;
            phone = new ChinesePhoneNumber(mobile!.Value);
            return true;
        }

        var match = Landline().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var area = "0" + match.Groups["area"].Value;
        var local = Separators().Replace(match.Groups["local"].Value, string.Empty);
        var extension = match.Groups["ext"].Success ? "-" + match.Groups["ext"].Value : string.Empty;
        error = null;
        phone = new ChinesePhoneNumber($"{area}-{local}{extension}");
        return true;
    }

    /// <summary>Tries <paramref name="input"/> as a phone number; returns its stored form, or the input unchanged (a search term).</summary>
    public static string NormalizeOrKeep(string input) => TryParse(input, out var phone, out _) ? phone!.Value : input;

    // Country prefix (+86, 0086 or 86 before a bare area code) or the trunk 0; the area code without its 0, in
    // parentheses or not; the local number in one or two groups; an extension after 转, 分机, ext, x, # or a hyphen.
    [GeneratedRegex(
        @"^(?:(?:\+|00)?86[\s\-]*\(?0?|\(?0)(?<area>10|2\d|[3-9]\d{2})\)?[\s\-]*(?<local>[2-9]\d{2,3}[\s\-]?\d{4})(?:\s*(?:转|分机|ext\.?|x|#|-)\s*(?<ext>\d{1,6}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Landline();

    [GeneratedRegex(@"[\s\-]")]
    private static partial Regex Separators();
}
