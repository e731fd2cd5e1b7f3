using System.Globalization;

namespace CommunityStation.Domain.Common;

/// <summary>An 18-character resident ID number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public sealed record ChineseIdNumber(string Value)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The 17th digit is odd for men, even for women.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    public string Masked => Masking.MaskIdNumber(Value);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>
    /// Parses after folding full-width characters; <paramref name="error"/> is "format", "birthdate" or
    /// "checksum". A birth date after today (Beijing, on <paramref name="clock"/>; the system clock when none
    /// is given) is refused.
    /// </summary>
    public static bool TryParse(string? input, out ChineseIdNumber? id, out string? error, TimeProvider? clock = null)
    {
        id = null;
        var text = TextNormalizer.FoldWidth(input).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (text.Length != 18 || !text.AsSpan(0, 17).ContainsOnlyDigits() || !(char.IsAsciiDigit(text[17]) || text[17] == 'X'))
        {
            error = "format";
            return false;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > ChinaDate.Today(clock ?? TimeProvider.System))
        {
            error = "birthdate";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (text[i] - '0') * Weights[i];
        }

        if (CheckCharacters[sum % 11] != text[17])
        {
            error = "checksum";
            return false;
        }

        error = null;
        id = new ChineseIdNumber(text);
        return true;
    }

    /// <summary>The check character for 17 digits (tests and demo data make valid numbers with it).</summary>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}

internal static class SpanDigits
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
