using System.Text;

namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>
/// The one normalisation every bound string goes through (see <see cref="NormalizingModelBinderProvider"/>):
/// control characters refused, whitespace trimmed, Unicode NFC, and width folding only for codes.
/// </summary>
public static class InputText
{
    public enum Problem
    {
        None,

        /// <summary>NUL, another C0/C1 control character or DEL, or a broken UTF-16 surrogate.</summary>
        ControlCharacter,
    }

    /// <summary>
    /// Normalises <paramref name="value"/>. A refused value still comes back cleaned (control characters
    /// removed) so a page that re-renders it, or a handler that ignores the error, never carries them on.
    /// </summary>
    /// <param name="multiLine">Tab, CR and LF are kept (a textarea); in a single-line field they become a space.</param>
    /// <param name="code">Full-width ASCII and the ideographic space are folded to half-width.</param>
    /// <param name="secret">A password: control characters are refused, but nothing is trimmed, composed or folded,
    /// so a password keeps working whatever it was set with.</param>
    public static string Normalize(string value, bool multiLine, bool code, out Problem problem, bool secret = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        problem = Problem.None;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\r' or '\n' && !secret)
            {
                builder.Append(multiLine ? c : ' ');
            }
            else if (char.IsControl(c))
            {
                // C0 (incl. NUL, which PostgreSQL cannot store in text), DEL and C1.
                problem = Problem.ControlCharacter;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                problem = Problem.ControlCharacter;
            }
            else
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        if (secret)
        {
            return text;
        }

        if (code)
        {
            text = TextNormalizer.FoldWidth(text);
        }

        // Surrogates are paired by now, so NFC cannot throw. Trimming after it: NFC never creates edge whitespace.
        text = text.Normalize(NormalizationForm.FormC);
        return text.Trim();
    }
}
