namespace CommunityStation.Domain.Common;

/// <summary>
/// How the 18-character GB codes are read (resident ID numbers, GB 11643; unified social credit codes, GB 32100):
/// folded (full-width characters, spaces, case), then checked in order; the first check that fails names the error,
/// and no value is made.
/// </summary>
internal static class CodeReading
{
    public static string Fold(string? input) =>
        TextNormalizer.FoldWidth(input).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static bool TryRead<T>(string text, Func<string, T> make, out T? value, out string? error, params ReadOnlySpan<(string Error, Func<string, bool> Holds)> checks)
        where T : class
    {
        foreach (var (name, holds) in checks)
        {
            if (!holds(text))
            {
                (value, error) = (null, name);
                return false;
            }
        }

        (value, error) = (make(text), null);
        return true;
    }

    /// <summary>The last check of both codes: the 18th character is the check character of the first 17.</summary>
    public static (string Error, Func<string, bool> Holds) Checksum(Func<string, char> compute) =>
        ("checksum", text => compute(text[..17]) == text[17]);
}
