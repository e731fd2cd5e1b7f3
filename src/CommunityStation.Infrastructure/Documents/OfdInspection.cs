using System.IO.Compression;
using System.Xml;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>
/// Reads an OFD (GB/T 33190-2016) package: OFD.xml at the root with the root element ofd:OFD in the 2016 namespace,
/// at least one DocBody whose DocRoot names a Document.xml that exists and is an ofd:Document. Every XML part is
/// parsed, and nothing may reach out or carry other files when a reviewer opens it: no action that opens a URI, plays
/// a sound or movie or jumps into an attachment (a Goto within the document, as bookmarks use, is fine, like a PDF's
/// internal GoTo), no Attachments, no encryption, no executable part. Stored as uploaded.
/// </summary>
internal static class OfdInspection
{
    public const string Namespace = "http://www.ofdspec.org/2016";

    // The action kinds that leave the document or play media (on opening a document or page, or on a click) and the
    // elements that carry other files; encryption means reviewers could not read it.
    private static readonly string[] ActiveElements = ["URI", "Sound", "Movie", "GotoA", "Attachments", "Attachment"];
    private static readonly string[] EncryptionElements = ["Encryptions", "Encryption", "EncryptInfo"];

    public static DocumentInspection Inspect(byte[] content) => PackageInspection.Inspect(content, zip => Inspect(zip, content));

    private static DocumentInspection Inspect(ZipArchive zip, byte[] content)
    {
        var main = zip.GetEntry("OFD.xml");
        if (main is null)
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        var roots = new List<string>();
        using (var reader = PackageInspection.Xml(PackageInspection.Read(main)))
        {
            reader.MoveToContent();
            if (reader.LocalName != "OFD" || reader.NamespaceURI != Namespace)
            {
                return DocumentInspection.Refused(DocumentVerdict.Unreadable);
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "DocRoot" && reader.NamespaceURI == Namespace)
                {
                    roots.Add(reader.ReadElementContentAsString());
                }
            }
        }

        if (roots.Count == 0)
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        foreach (var root in roots)
        {
            // DocRoot is a path inside the package, e.g. Doc_0/Document.xml; it must be there and be a Document.
            var document = PackageInspection.Find(zip, root);
            if (document is null || !document.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || !IsDocument(PackageInspection.Read(document)))
            {
                return DocumentInspection.Refused(DocumentVerdict.Unreadable);
            }
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            var (verdict, finding) = FindActive(PackageInspection.Read(entry));
            if (verdict is { } refused)
            {
                return DocumentInspection.Refused(refused, finding);
            }
        }

        return DocumentInspection.Clean(content);
    }

    private static bool IsDocument(byte[] part)
    {
        using var reader = PackageInspection.Xml(part);
        reader.MoveToContent();
        return reader.LocalName == "Document" && reader.NamespaceURI == Namespace;
    }

    private static (DocumentVerdict? Verdict, string? Finding) FindActive(byte[] part)
    {
        using var reader = PackageInspection.Xml(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (EncryptionElements.Contains(reader.LocalName, StringComparer.Ordinal))
            {
                return (DocumentVerdict.Encrypted, reader.LocalName);
            }

            if (ActiveElements.Contains(reader.LocalName, StringComparer.Ordinal))
            {
                return (DocumentVerdict.ActiveContent, reader.LocalName);
            }
        }

        return (null, null);
    }
}
