using System.Globalization;

namespace CommunityStation.Domain.Common;

/// <summary>
/// An 18-character resident ID number (GB 11643-1999): a six-digit address code whose first two digits name a
/// province-level division (GB/T 2260), an eight-digit birth date, a three-digit sequence and an ISO 7064 MOD 11-2
/// check character.
/// </summary>
public sealed record ChineseIdNumber(string Value)
{
    /// <summary>
    /// The province-level codes of GB/T 2260 (first two digits of the address code): 11–15 North, 21–23 North-east,
    /// 31–37 East, 41–46 Central-south, 50–54 South-west, 61–65 North-west, 71 Taiwan, 81 Hong Kong, 82 Macao; 83 is
    /// the code the Ministry of Public Security gives Taiwan residents' residence permits (2018), which carry an 18-digit
    /// number of the same form.
    /// </summary>
    public static readonly IReadOnlySet<int> ProvinceCodes = new HashSet<int>
    {
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71, 81, 82, 83,
    };

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The 17th digit is odd for men, even for women.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    public string Masked => Masking.MaskIdNumber(Value);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>
    /// Parses after folding full-width characters; <paramref name="error"/> is "format", "province", "birthdate"
    /// or "checksum". Only an impossible date or one after today (Beijing, on <paramref name="clock"/>; the
    /// system clock when none is given) is refused: people born before 1900 hold valid numbers too.
    /// </summary>
    public static bool TryParse(string? input, out ChineseIdNumber? id, out string? error, TimeProvider? clock = null) =>
        CodeReading.TryRead(
            CodeReading.Fold(input),
            text => new ChineseIdNumber(text),
            out id,
            out error,
            ("format", text => text.Length == 18 && text.AsSpan(0, 17).ContainsOnlyDigits() && (char.IsAsciiDigit(text[17]) || text[17] == 'X')),
            ("province", text => ProvinceCodes.Contains(((text[0] - '0') * 10) + (text[1] - '0'))),
            ("birthdate", text => DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
                && birth <= ChinaDate.Today(clock ?? TimeProvider.System)),
            CodeReading.Checksum(ComputeCheckCharacter));

    /// <summary>The check character for 17 digits (tests and demo data make valid numbers with it).</summary>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return CheckCharacters[WeightedSum.Of(first17, Weights, c => c - '0') % 11];
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
