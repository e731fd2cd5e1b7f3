using System.Text;

namespace CommunityStation.Domain.Common;

/// <summary>
/// Text as the portal keeps it. Codes (ID numbers, phones, USCC, registration numbers, amounts) fold
/// full-width ASCII from Chinese input methods to half-width before validation (<see cref="FoldWidth"/>);
/// free text keeps exactly what was typed, Chinese punctuation included (<see cref="Text"/>).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Free text: NFC-normalised and trimmed, otherwise exactly as typed (（），； stay full-width).</summary>
    public static string Text(string? input) =>
        string.IsNullOrEmpty(input) ? string.Empty : input.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>Codes only: full-width ASCII and the ideographic space become half-width.</summary>
    public static string FoldWidth(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }

    public static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
