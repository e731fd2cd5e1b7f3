using System.Collections.Frozen;
using CommunityStation.Domain.Registration;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>
/// Parses a PDF with PdfPig and refuses active content wherever it sits. Names are compared after the tokenizer has
/// decoded them, so <c>/Java#53cript</c> is <c>/JavaScript</c>. Two passes, because a viewer may see objects the
/// current cross-reference table does not list:
/// 1. every object the merged cross-reference table reaches, including those inside compressed object streams;
/// 2. every object in the file body, of every revision (incremental updates keep the old objects), with each
///    object stream decoded by the library's filters and tokenized too.
/// </summary>
internal static class PdfInspection
{
    // Keys and values that run code, act on opening or on events, leave the document, or carry other files.
    // No R4 document (a scanned certificate or a printed form) needs any of them.
    private static readonly FrozenSet<string> ActiveNames = new[]
    {
        "JS", "JavaScript", "OpenAction", "AA", "Launch", "URI", "SubmitForm", "ImportData", "GoToR", "GoToE",
        "RichMedia", "RichMediaExecute", "RichMediaContent", "EmbeddedFile", "EmbeddedFiles", "EF", "FileAttachment",
        "XFA", "Rendition", "Sound", "Movie", "3D",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxDepth = 256;

    public static DocumentInspection Inspect(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            var structure = document.Structure;
            if (document.IsEncrypted || structure.CrossReferenceTable.Parts.Any(p => p.Dictionary.ContainsKey(NameToken.Encrypt)))
            {
                return DocumentInspection.Refused(DocumentVerdict.Encrypted);
            }

            if (document.NumberOfPages < 1)
            {
                return DocumentInspection.Refused(DocumentVerdict.Unreadable);
            }

            var found = structure.CrossReferenceTable.Parts.Select(p => Find(p.Dictionary)).FirstOrDefault(f => f is not null)
                ?? structure.CrossReferenceTable.ObjectOffsets.Keys.Select(r => Find(structure.GetObject(r))).FirstOrDefault(f => f is not null)
                ?? FindInBody(structure);
            return found is null ? DocumentInspection.Clean(content) : DocumentInspection.Refused(DocumentVerdict.ActiveContent, "/" + found);
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentInspection.Refused(DocumentVerdict.Encrypted);
        }
#pragma warning disable CA1031 // Hostile input may break the parser in any way; whatever it cannot read is refused.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }
    }

    private static string? FindInBody(Structure structure)
    {
        var scanner = structure.TokenScanner;
        scanner.Seek(0);
        while (scanner.MoveNext())
        {
            var token = scanner.CurrentToken;
            if (Find(token) is { } found)
            {
                return found;
            }

            if (token is ObjectToken { Data: StreamToken stream } && IsObjectStream(stream.StreamDictionary))
            {
                // Decoding may resolve an indirect /Length through the same scanner: come back to where we were.
                var position = scanner.CurrentPosition;
                var decoded = stream.Decode(structure.FilterProvider, scanner);
                scanner.Seek(position);
                if (FindInObjectStream(decoded) is { } hidden)
                {
                    return hidden;
                }
            }
        }

        return null;
    }

    // Object streams (/Type /ObjStm) hold "number offset" pairs and then the objects themselves, as plain tokens.
    // Some readers do not check /Type, so any stream with /N and /First counts.
    private static bool IsObjectStream(DictionaryToken dictionary) =>
        (dictionary.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "ObjStm" })
        || (dictionary.ContainsKey(NameToken.N) && dictionary.ContainsKey(NameToken.First));

    private static string? FindInObjectStream(Memory<byte> decoded)
    {
        var scanner = new CoreTokenScanner(new MemoryInputBytes(decoded), true, new StackDepthGuard(MaxDepth), useLenientParsing: true);
        while (scanner.MoveNext())
        {
            if (Find(scanner.CurrentToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The first active name in <paramref name="token"/> and everything it contains (not following references).</summary>
    private static string? Find(IToken? token, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new PdfDocumentFormatException("Nested too deeply.");
        }

        switch (token)
        {
            case NameToken name:
                return ActiveNames.Contains(name.Data) ? name.Data : null;
            case ObjectToken obj:
                return Find(obj.Data, depth + 1);
            case StreamToken stream:
                return Find(stream.StreamDictionary, depth + 1);
            case ArrayToken array:
                return array.Data.Select(t => Find(t, depth + 1)).FirstOrDefault(f => f is not null);
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (ActiveNames.Contains(key))
                    {
                        return key;
                    }

                    if (Find(value, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
