using System.IO.Compression;
using System.Xml;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>
/// Reads a DOCX as an Office Open XML package (ISO/IEC 29500-2): [Content_Types].xml must declare word/document.xml
/// as a plain (not macro-enabled) Word document, and nothing in the package may run or reach out when a reviewer
/// opens it: no VBA project, ActiveX control, embedded or linked object, external relationship (remote template,
/// frame, linked image, hyperlink) or field that fetches or executes (DDE, INCLUDETEXT…). Stored as uploaded.
/// </summary>
internal static class DocxInspection
{
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    // Content types (lower case) that mark macros, ActiveX or OLE: .docm/.dotm main parts, vbaProject, activeX, oleObject.
    private static readonly string[] ActiveTypes = ["macroenabled", "vbaproject", "vbadata", "activex", "oleobject", "ms-office.vba"];

    // Parts no plain document needs: macros, ActiveX controls, embedded objects (OLE packages, other documents).
    private static readonly string[] ActiveParts = ["vbaproject.bin", "vbadata.xml", "/activex/", "/embeddings/", ".bin"];

    // Relationship types whose target runs or is brought in: macros, controls, OLE, packages, alternative-format chunks.
    private static readonly string[] ActiveRelationships = ["/vbaproject", "/activexcontrol", "/activexcontrolbinary", "/oleobject", "/package", "/afchunk", "/attachedtemplate", "/subdocument"];

    // Field codes that fetch from elsewhere or start programs when fields update.
    private static readonly string[] ActiveFields = ["DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "IMPORT"];

    public static DocumentInspection Inspect(byte[] content) => PackageInspection.Inspect(content, zip => Inspect(zip, content));

    private static DocumentInspection Inspect(ZipArchive zip, byte[] content)
    {
        foreach (var entry in zip.Entries)
        {
            var name = "/" + entry.FullName;
            if (ActiveParts.FirstOrDefault(p => name.Contains(p, StringComparison.OrdinalIgnoreCase)) is not null)
            {
                return DocumentInspection.Refused(DocumentVerdict.ActiveContent, entry.FullName);
            }
        }

        var types = PackageInspection.Find(zip, "[Content_Types].xml");
        var document = PackageInspection.Find(zip, "word/document.xml");
        if (types is null || document is null)
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        // [Content_Types].xml: every declared type, and the main part's own.
        string? mainType = null;
        using (var reader = PackageInspection.Xml(PackageInspection.Read(types)))
        {
            reader.MoveToContent();
            if (reader.LocalName != "Types" || reader.NamespaceURI != ContentTypesNamespace)
            {
                return DocumentInspection.Refused(DocumentVerdict.Unreadable);
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace)
                {
                    continue;
                }

                var type = (reader.GetAttribute("ContentType") ?? string.Empty).Trim();
                if (ActiveTypes.FirstOrDefault(t => type.Contains(t, StringComparison.OrdinalIgnoreCase)) is not null)
                {
                    return DocumentInspection.Refused(DocumentVerdict.ActiveContent, type);
                }

                if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), "/word/document.xml", StringComparison.OrdinalIgnoreCase))
                {
                    mainType = type;
                }
            }
        }

        if (!string.Equals(mainType, MainDocumentType, StringComparison.OrdinalIgnoreCase))
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        foreach (var entry in zip.Entries)
        {
            var found = entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? FindInRelationships(PackageInspection.Read(entry))
                : entry.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    ? FindInWordPart(PackageInspection.Read(entry), entry == document)
                : null;
            if (found is not null)
            {
                return found.Length == 0 ? DocumentInspection.Refused(DocumentVerdict.Unreadable) : DocumentInspection.Refused(DocumentVerdict.ActiveContent, found);
            }
        }

        return DocumentInspection.Clean(content);
    }

    /// <summary>The first relationship that brings something in or points outside the package.</summary>
    private static string? FindInRelationships(byte[] part)
    {
        using var reader = PackageInspection.Xml(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace)
            {
                continue;
            }

            var type = reader.GetAttribute("Type") ?? string.Empty;
            var tail = type[(type.LastIndexOf('/') is var i and >= 0 ? i : 0)..];
            if (ActiveRelationships.Contains(tail, StringComparer.OrdinalIgnoreCase))
            {
                return tail.TrimStart('/');
            }

            if (string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                return tail.TrimStart('/') + " → " + reader.GetAttribute("Target");
            }
        }

        return null;
    }

    /// <summary>
    /// A field that fetches or runs (DDE and the like); "" when the main part is not a Word document. A complex
    /// field's code may be split over many runs (a known way to hide DDEAUTO), so it is joined before it is read.
    /// </summary>
    private static string? FindInWordPart(byte[] part, bool isMain)
    {
        using var reader = PackageInspection.Xml(part);
        reader.MoveToContent();
        if (isMain && (reader.LocalName != "document" || reader.NamespaceURI != WordNamespace))
        {
            return string.Empty;
        }

        var codes = new Stack<System.Text.StringBuilder>();
        var inInstruction = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == WordNamespace:
                    switch (reader.LocalName)
                    {
                        case "fldSimple" when Active(reader.GetAttribute("instr", WordNamespace)) is { } simple:
                            return simple;
                        case "instrText":
                            inInstruction = !reader.IsEmptyElement;
                            break;
                        case "fldChar":
                            var kind = reader.GetAttribute("fldCharType", WordNamespace);
                            if (kind == "begin")
                            {
                                codes.Push(new System.Text.StringBuilder());
                            }
                            else if (codes.Count > 0 && Active(codes.Peek().ToString()) is { } complex)
                            {
                                return complex;
                            }
                            else if (kind == "end" && codes.Count > 0)
                            {
                                codes.Pop();
                            }

                            break;
                    }

                    break;
                case XmlNodeType.EndElement when reader.LocalName == "instrText":
                    inInstruction = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inInstruction:
                    if (codes.Count == 0)
                    {
                        codes.Push(new System.Text.StringBuilder());
                    }

                    codes.Peek().Append(reader.Value);
                    break;
            }
        }

        // A field left open at the end of the part is still read.
        return codes.Select(c => Active(c.ToString())).FirstOrDefault(f => f is not null);
    }

    private static string? Active(string? instruction)
    {
        var keyword = instruction?.Trim().Split([' ', '\t', '\\', '"'], 2)[0];
        return keyword is { Length: > 0 } && ActiveFields.Contains(keyword, StringComparer.OrdinalIgnoreCase) ? "field " + keyword.ToUpperInvariant() : null;
    }
}
