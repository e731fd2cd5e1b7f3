using System.IO.Compression;
using System.Xml;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>
/// What DOCX and OFD share: a ZIP package read with System.IO.Compression and XML parts read with an XmlReader that
/// refuses DTDs (no entity expansion, no external entities). A zip bomb is stopped before anything is unpacked (entry
/// count, declared sizes, compression ratio) and again while unpacking (no part yields more than it declared).
/// </summary>
internal static class PackageInspection
{
    /// <summary>No single part may unpack to more than this (a page's XML is kilobytes; an image, a few megabytes).</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>A part may be at most this many times smaller packed than unpacked (XML packs ~10:1; bombs pack 1000:1).</summary>
    private const long MaxRatio = 200;

    // Files no R4 document carries inside it, and that would run if a reviewer opened them.
    private static readonly string[] ExecutableExtensions =
        [".exe", ".dll", ".com", ".scr", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".hta", ".jar", ".msi", ".lnk", ".html", ".htm", ".svg", ".swf"];

    /// <summary>Opens the package, or says why not: too big to unpack, encrypted, unsafe names, or not a ZIP.</summary>
    public static (ZipArchive? Zip, DocumentInspection? Refusal) Open(byte[] content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return (null, DocumentInspection.Refused(DocumentVerdict.Unreadable));
        }

        var refusal = CheckEntries(zip);
        if (refusal is not null)
        {
            zip.Dispose();
            return (null, refusal);
        }

        return (zip, null);
    }

    private static DocumentInspection? CheckEntries(ZipArchive zip)
    {
        var entries = zip.Entries;
        if (entries.Count > UploadedFile.MaxPackageEntries)
        {
            return DocumentInspection.Refused(DocumentVerdict.PackageTooLarge);
        }

        long total = 0;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length > MaxPartBytes || total > UploadedFile.MaxPackageUnpackedBytes
                || (entry.Length > 1024 * 1024 && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)))
            {
                return DocumentInspection.Refused(DocumentVerdict.PackageTooLarge);
            }

            if (entry.IsEncrypted)
            {
                return DocumentInspection.Refused(DocumentVerdict.Encrypted);
            }

            // Two parts of one name (readers differ on which wins) or a name that climbs out of the package.
            var name = entry.FullName;
            if (!names.Add(name) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal)
                || name.Split('/').Any(segment => segment == ".."))
            {
                return DocumentInspection.Refused(DocumentVerdict.Unreadable);
            }

            if (ExecutableExtensions.Any(x => name.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                return DocumentInspection.Refused(DocumentVerdict.ActiveContent, name);
            }
        }

        return null;
    }

    /// <summary>A part's bytes, never more than it declared (a lying header is a bomb) nor <see cref="MaxPartBytes"/>.</summary>
    public static byte[] Read(ZipArchiveEntry entry)
    {
        var limit = Math.Min(entry.Length, MaxPartBytes);
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)Math.Min(limit, 1024 * 1024));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new InvalidDataException("A part unpacks to more than it declared.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>An XML reader that refuses DTDs and resolves nothing outside the part.</summary>
    public static XmlReader Xml(byte[] part) => XmlReader.Create(new MemoryStream(part, writable: false), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxPartBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>The entry at a package path (leading slash and percent-escapes as in OOXML part names allowed).</summary>
    public static ZipArchiveEntry? Find(ZipArchive zip, string path)
    {
        var name = Uri.UnescapeDataString(path.Trim()).TrimStart('/');
        return name.Split('/').Any(segment => segment is ".." or ".") ? null : zip.GetEntry(name);
    }

    /// <summary>Runs <paramref name="inspect"/> on an opened package; anything the readers cannot make sense of is unreadable.</summary>
    public static DocumentInspection Inspect(byte[] content, Func<ZipArchive, DocumentInspection> inspect)
    {
        var (zip, refusal) = Open(content);
        if (zip is null)
        {
            return refusal!;
        }

        try
        {
            using (zip)
            {
                return inspect(zip);
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or NotSupportedException or ArgumentException or UriFormatException)
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }
    }
}
