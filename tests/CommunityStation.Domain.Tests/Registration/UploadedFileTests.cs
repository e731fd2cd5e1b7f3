using System.Text;

namespace CommunityStation.Domain.Tests.Registration;

public sealed class UploadedFileTests
{
    private const long Limit = 10 * 1024 * 1024;

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    /// <summary>Stands in for the real parser: returns <see cref="Verdict"/>, and when clean stores <see cref="Stored"/> or the upload.</summary>
    private sealed class FakeInspector(DocumentVerdict verdict = DocumentVerdict.Clean, byte[]? stored = null, string? finding = null) : IDocumentInspector
    {
        public List<DocumentFormat> Seen { get; } = [];

        public DocumentInspection Inspect(byte[] content, DocumentFormat format)
        {
            Seen.Add(format);
            return verdict == DocumentVerdict.Clean ? DocumentInspection.Clean(stored ?? content) : DocumentInspection.Refused(verdict, finding);
        }
    }

    private static readonly FakeInspector Clean = new();

    [Fact]
    public void R4_pdf_jpeg_and_png_are_accepted_by_content()
    {
        var inspector = new FakeInspector();
        Assert.Equal("application/pdf", UploadedFile.Accept(Pdf(), Limit, inspector).ContentType);
        Assert.Equal("image/png", UploadedFile.Accept(Png(), Limit, inspector).ContentType);
        Assert.Equal("image/jpeg", UploadedFile.Accept(Jpeg(), Limit, inspector).ContentType);
        Assert.Equal([DocumentFormat.Pdf, DocumentFormat.Png, DocumentFormat.Jpeg], inspector.Seen);
    }

    [Fact]
    public void R4_what_is_stored_is_what_the_inspector_returns()
    {
        byte[] reencoded = [0xFF, 0xD8, 0xFF, 0xDB, 0xFF, 0xD9];
        var accepted = UploadedFile.Accept(Jpeg(), Limit, new FakeInspector(stored: reencoded));
        Assert.Equal(reencoded, accepted.Content);
        Assert.Equal(".jpg", accepted.Extension);
    }

    [Theory]
    [InlineData(DocumentVerdict.Unreadable, "无法读取")]
    [InlineData(DocumentVerdict.Encrypted, "加密")]
    [InlineData(DocumentVerdict.ActiveContent, "脚本")]
    [InlineData(DocumentVerdict.TooManyPixels, "像素")]
    public void R4_each_inspector_refusal_is_an_R4_message_on_the_file_field(DocumentVerdict verdict, string says)
    {
        var refused = Assert.Throws<DomainException>(() => UploadedFile.Accept(Pdf(), Limit, new FakeInspector(verdict, finding: "JavaScript")));
        Assert.Equal("R4", refused.Rule);
        Assert.Equal("File", refused.Field);
        Assert.Contains(says, refused.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_an_exe_renamed_to_pdf_is_refused()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
        Rule.Refuses("R4", () => UploadedFile.Accept(exe, Limit, Clean));
    }

    [Fact]
    public void R4_an_empty_file_is_refused()
    {
        Assert.Throws<DomainException>(() => UploadedFile.Accept([], Limit, Clean));
    }

    [Fact]
    public void R4_a_file_over_the_limit_is_refused()
    {
        var big = new byte[2048];
        Pdf().CopyTo(big, 0);
        Assert.Throws<DomainException>(() => UploadedFile.Accept(big, 1024, Clean));
    }

    [Fact]
    public void R4_a_pdf_with_a_zip_appended_is_refused_as_a_polyglot()
    {
        var zip = Encoding.Latin1.GetBytes("PK\u0003\u0004payload");
        Assert.Throws<DomainException>(() => UploadedFile.Accept([.. Pdf(), .. zip], Limit, Clean));
    }

    [Fact]
    public void R4_a_pdf_with_html_inside_is_refused_as_a_polyglot_even_when_it_parses()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% <html><script>alert(1)</script></html>\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        Assert.Throws<DomainException>(() => UploadedFile.Accept(pdf, Limit, Clean));
    }

    [Fact]
    public void R4_a_pdf_with_javascript_is_refused()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n");
        Assert.Throws<DomainException>(() => UploadedFile.Accept(pdf, Limit, Clean));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", ".pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\a\\申请书.PDF", ".pdf", "申请书.pdf")]
    [InlineData("<script>.pdf", ".pdf", "script.pdf")]
    [InlineData("", ".png", "document.png")]
    public void Downloads_use_a_safe_file_name_with_the_sniffed_extension(string name, string extension, string expected)
    {
        Assert.Equal(expected, ApplicationDocument.SafeFileName(name, extension));
    }
}
