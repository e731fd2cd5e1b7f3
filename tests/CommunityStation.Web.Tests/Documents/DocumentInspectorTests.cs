using CommunityStation.Infrastructure.Documents;

namespace CommunityStation.Web.Tests.Documents;

/// <summary>R4 "no active content": PDFs parsed with PdfPig, images re-encoded with SkiaSharp (no database needed).</summary>
public sealed class DocumentInspectorTests
{
    private const long Limit = 10 * 1024 * 1024;
    private const string JavaScript = "<< /S /JavaScript /JS (app.alert(1)) >>";
    private static readonly DocumentInspector Inspector = new();

    private static DocumentVerdict Verdict(byte[] content, DocumentFormat format = DocumentFormat.Pdf) => Inspector.Inspect(content, format).Verdict;

    private static DomainException Refusal(byte[] content) => Assert.Throws<DomainException>(() => UploadedFile.Accept(content, Limit, Inspector));

    [Fact]
    public void R4_a_clean_pdf_is_accepted_and_stored_as_uploaded()
    {
        var pdf = TestPdf.Titled("章程");
        var accepted = UploadedFile.Accept(pdf, Limit, Inspector);
        Assert.Equal("application/pdf", accepted.ContentType);
        Assert.Equal(pdf, accepted.Content);
    }

    [Fact]
    public void R4_javascript_behind_a_name_escape_is_refused()
    {
        var pdf = TestPdf.Build("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /S /Java#53cript /JS (app.alert(1)) >>");
        Assert.Contains("/Java#53cript", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        var refused = Refusal(pdf);
        Assert.Equal("R4", refused.Rule);
        Assert.Equal("File", refused.Field);
    }

    [Fact]
    public void R4_javascript_inside_a_compressed_object_stream_is_refused()
    {
        var pdf = TestPdf.WithObjectStream("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", JavaScript);
        Assert.DoesNotContain("JavaScript", Encoding.Latin1.GetString(pdf), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
        Refusal(pdf);
    }

    [Fact]
    public void R4_javascript_in_an_object_stream_no_object_points_at_is_refused()
    {
        // Reached only by reading the file body: nothing in the catalog refers to object 4.
        var pdf = TestPdf.WithObjectStream(TestPdf.Catalog, "<< /Names [(x) << /S /JavaScript /JS (app.alert(1)) >>] >>");
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
    }

    [Fact]
    public void R4_javascript_in_an_object_stream_of_an_earlier_revision_is_refused()
    {
        // The second revision points object 4 elsewhere, so only decoding every object stream in the body finds it.
        var pdf = TestPdf.Update(TestPdf.WithObjectStream(TestPdf.Catalog, JavaScript), (4, "null"));
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
    }

    [Fact]
    public void R4_an_open_action_to_a_web_address_is_refused()
    {
        var pdf = TestPdf.Build("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (http://example.invalid/) >> >>");
        var inspection = Inspector.Inspect(pdf, DocumentFormat.Pdf);
        Assert.Equal(DocumentVerdict.ActiveContent, inspection.Verdict);
        Assert.Equal("/OpenAction", inspection.Finding);
        Refusal(pdf);
    }

    [Fact]
    public void R4_javascript_added_by_an_incremental_update_is_refused()
    {
        var pdf = TestPdf.Update(TestPdf.Build(), (1, "<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 4 0 R >> >>"), (4, "<< /Names [(go) 5 0 R] >>"), (5, JavaScript));
        Assert.Equal(DocumentVerdict.Clean, Verdict(TestPdf.Build()));
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
        Refusal(pdf);
    }

    [Fact]
    public void R4_javascript_left_in_an_earlier_revision_is_refused_even_when_the_last_one_hides_it()
    {
        var first = TestPdf.Build("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /S /Java#53cript /JS (app.alert(1)) >>");
        var pdf = TestPdf.Update(first, (1, TestPdf.Catalog), (4, "null"));
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
    }

    [Theory]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) >>] >> >> >>")]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 4 0 R >> >>")]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /AA << /WC << /S /SubmitForm /F (http://example.invalid/) >> >> >>")]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /Outlines << /First << /Title (x) /A << /S /Launch /F (cmd.exe) >> >> >> >>")]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /Outlines << /First << /Title (x) /A << /S /GoToR /F (other.pdf) /D [0 /Fit] >> >> >> >>")]
    [InlineData("<< /Type /Catalog /Pages 2 0 R /Outlines << /First << /Title (x) /A << /S /ImportData /F (data.fdf) >> >> >> >>")]
    public void R4_other_active_content_in_the_catalog_is_refused(string catalog)
    {
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(TestPdf.Build(catalog, "<< >>")));
    }

    [Fact]
    public void R4_a_file_attachment_annotation_on_a_page_is_refused()
    {
        var pdf = TestPdf.Update(
            TestPdf.Build(),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>"),
            (4, "<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS << /Type /Filespec /F (a.txt) >> >>"));
        Assert.Equal(DocumentVerdict.ActiveContent, Verdict(pdf));
    }

    [Fact]
    public void R4_an_encrypted_pdf_is_refused_as_such()
    {
        Assert.Equal(DocumentVerdict.Encrypted, Verdict(TestPdf.Encrypted()));
        Assert.Contains("加密", Refusal(TestPdf.Encrypted()).Template, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")]
    [InlineData("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n")]
    public void R4_a_pdf_the_parser_cannot_read_is_refused(string text)
    {
        Assert.Equal(DocumentVerdict.Unreadable, Verdict(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void R4_a_jpeg_is_stored_re_encoded_without_its_exif_gps_and_upright()
    {
        var upload = TestImages.WithExifGps(TestImages.Jpeg(40, 20), orientation: 6);
        Assert.True(TestImages.HasExif(upload));

        var accepted = UploadedFile.Accept(upload, Limit, Inspector);
        Assert.Equal("image/jpeg", accepted.ContentType);
        Assert.False(TestImages.HasExif(accepted.Content));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(accepted.Content), StringComparison.Ordinal);
        Assert.Equal((20, 40), TestImages.Size(accepted.Content)); // orientation 6 (turned 90°) applied to the pixels
    }

    [Fact]
    public void R4_a_png_with_a_zip_appended_is_stored_without_it()
    {
        var png = TestImages.Png();
        byte[] upload = [.. png, .. Encoding.Latin1.GetBytes("PK\u0003\u0004evil.html<script>alert(1)</script>")];

        var accepted = UploadedFile.Accept(upload, Limit, Inspector);
        var stored = Encoding.Latin1.GetString(accepted.Content);
        Assert.DoesNotContain("PK\u0003\u0004", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", stored, StringComparison.Ordinal);
        Assert.EndsWith("IEND\u00aeB`\u0082", stored, StringComparison.Ordinal);
        Assert.Equal((40, 20), TestImages.Size(accepted.Content));
    }

    [Fact]
    public void R4_a_corrupted_or_truncated_image_is_refused()
    {
        var png = TestImages.Png();
        var jpeg = TestImages.Jpeg();
        byte[] garbage = [.. png.AsSpan(0, 8), .. Encoding.ASCII.GetBytes("not really a png")];

        Assert.Equal(DocumentVerdict.Unreadable, Verdict(garbage, DocumentFormat.Png));
        Assert.Equal(DocumentVerdict.Unreadable, Verdict(jpeg[..(jpeg.Length / 2)], DocumentFormat.Jpeg));
        Assert.Equal(DocumentVerdict.Unreadable, Verdict(png, DocumentFormat.Jpeg));
        Refusal(garbage);
    }

    [Fact]
    public void R4_a_jpeg_carrying_html_script_is_refused_as_a_polyglot()
    {
        var html = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");
        byte[] polyglot = [0xFF, 0xD8, 0xFF, 0xE0, .. html, 0xFF, 0xD9];
        Refusal(polyglot);
    }

    [Fact]
    public void R4_an_image_claiming_too_many_pixels_is_refused_before_it_is_decoded()
    {
        var bomb = TestImages.PngClaiming(20_000, 20_000);
        Assert.Equal(DocumentVerdict.TooManyPixels, Verdict(bomb, DocumentFormat.Png));
        Assert.Equal(["40"], Refusal(bomb).Arguments);
    }
}
