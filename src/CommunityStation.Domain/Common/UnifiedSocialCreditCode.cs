namespace CommunityStation.Domain.Common;

/// <summary>An 18-character unified social credit code (GB 32100-2015) with its MOD 31 check character.</summary>
public sealed record UnifiedSocialCreditCode(string Value)
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>Parses after folding width and case; <paramref name="error"/> is "format" or "checksum".</summary>
    /// <summary>R3: the bureau registers a station under a valid code only (GB 32100).</summary>
    public static UnifiedSocialCreditCode Require(string? input, string field = "Uscc") =>
        TryParse(input, out var code, out _) ? code! : throw new DomainException("R3", "统一社会信用代码无效（GB 32100）。", field);

    public static bool TryParse(string? input, out UnifiedSocialCreditCode? code, out string? error)
    {
        code = null;
        var text = TextNormalizer.FoldWidth(input).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (text.Length != 18 || text.Any(c => !Charset.Contains(c, StringComparison.Ordinal)))
        {
            error = "format";
            return false;
        }

        if (ComputeCheckCharacter(text[..17]) != text[17])
        {
            error = "checksum";
            return false;
        }

        error = null;
        code = new UnifiedSocialCreditCode(text);
        return true;
    }

    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException("Not a USCC character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }
}
