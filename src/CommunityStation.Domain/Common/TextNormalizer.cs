using System.Text;

namespace CommunityStation.Domain.Common;

/// <summary>Folds full-width ASCII (common from Chinese input methods) to half-width before validation.</summary>
public static class TextNormalizer
{
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
