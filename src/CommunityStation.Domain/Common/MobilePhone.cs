using System.Text.RegularExpressions;

namespace CommunityStation.Domain.Common;

/// <summary>A mainland China mobile number: 11 digits starting 13–19, stored without prefix or separators.</summary>
public sealed partial record MobilePhone(string Value)
{
    public string Masked => Masking.MaskPhone(Value);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    public static bool TryParse(string? input, out MobilePhone? phone, out string? error)
    {
        phone = null;
        var text = TextNormalizer.FoldWidth(input);
        text = Separators().Replace(text, string.Empty);
        if (text.StartsWith("+86", StringComparison.Ordinal))
        {
            text = text[3..];
        }
        else if (text.Length == 13 && text.StartsWith("86", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (!Mobile().IsMatch(text))
        {
            error = "format";
            return false;
        }

        error = null;
        phone = new MobilePhone(text);
        return true;
    }

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
