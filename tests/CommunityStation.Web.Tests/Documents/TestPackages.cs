namespace CommunityStation.Web.Tests.Documents;

/// <summary>Small DOCX and OFD packages built in memory with ZipArchive, each part as given.</summary>
internal static class TestPackages
{
    public const string DocxMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string DocmMainType = "application/vnd.ms-word.document.macroEnabled.main+xml";

    public static byte[] Zip(params (string Name, string Text)[] parts) => Zip(parts.Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Text))).ToArray());

    public static byte[] Zip(params (string Name, byte[] Bytes)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    public static string ContentTypes(string mainType = DocxMainType, string extra = "") =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{mainType}"/>{extra}</Types>""";

    public const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public static string Document(string body = """<w:p><w:r><w:t>社区事务工作站章程</w:t></w:r></w:p>""") =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""";

    public static string DocumentRels(string relationships) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}</Relationships>""";

    /// <summary>A minimal, clean DOCX, with any extra parts.</summary>
    public static byte[] Docx(string? contentTypes = null, string? document = null, params (string Name, string Text)[] extra) =>
        Zip([("[Content_Types].xml", contentTypes ?? ContentTypes()), ("_rels/.rels", PackageRels), ("word/document.xml", document ?? Document()), .. extra]);

    public const string OfdNamespace = "http://www.ofdspec.org/2016";

    public static string OfdMain(string docRoot = "Doc_0/Document.xml", string ns = OfdNamespace) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{ns}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>a1b2</ofd:DocID><ofd:Title>章程</ofd:Title></ofd:DocInfo><ofd:DocRoot>{docRoot}</ofd:DocRoot></ofd:DocBody></ofd:OFD>""";

    public static string OfdDocument(string extra = "") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OfdNamespace}"><ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>{extra}</ofd:Document>""";

    public static string OfdPage(string content = """<ofd:TextObject ID="2" Boundary="10 10 100 10" Font="3" Size="5"><ofd:TextCode X="0" Y="5">章程</ofd:TextCode></ofd:TextObject>""") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OfdNamespace}"><ofd:Content><ofd:Layer ID="1">{content}</ofd:Layer></ofd:Content></ofd:Page>""";

    /// <summary>A minimal OFD: OFD.xml, one document, one page, with any extra parts.</summary>
    public static byte[] Ofd(string? main = null, string? document = null, params (string Name, string Text)[] extra) =>
        Zip([("OFD.xml", main ?? OfdMain()), ("Doc_0/Document.xml", document ?? OfdDocument()), ("Doc_0/Pages/Page_0/Content.xml", OfdPage()), .. extra]);
}
