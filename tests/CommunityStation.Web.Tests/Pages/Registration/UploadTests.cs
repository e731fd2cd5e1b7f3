namespace CommunityStation.Web.Tests.Pages.Registration;

/// <summary>R4 uploads: accepted by content, not name; size-limited; hashed; versions kept.</summary>
public sealed class UploadTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private async Task<(PortalClient Rc, string Details)> DraftAsync()
    {
        var user = await Portal.CreateUserAsync("rc-xinjie", AppRoles.RcOfficer, "xinjie", "新街社区");
        var rc = await SignInAsync(user, PortalFactory.ProbePassword);
        var list = await rc.GetDocumentAsync("/Registration/Applications");
        var existing = list.QuerySelector("#applications tbody a")?.GetAttribute("href");
        return (rc, existing ?? await RegistrationFlowTests.StartAsync(rc));
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await PortalClient.ParseAsync(response)).QuerySelector("tr[data-slot='Charter'] span[data-valmsg-for='Input.File']")!.TextContent;
    }

    [Fact]
    public async Task R4_an_exe_renamed_to_pdf_is_refused()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];
        Assert.Contains("R4", await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "章程.pdf", exe)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R4_an_empty_file_is_refused()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        Assert.NotEmpty(await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "empty.pdf", [])));
    }

    [Fact]
    public async Task R4_a_file_over_the_size_setting_is_refused()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var big = new byte[(10 * 1024 * 1024) + 10];
        RegistrationFlowTests.Pdf().CopyTo(big, 0);
        Assert.Contains("R4", await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "big.pdf", big)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R4_a_polyglot_pdf_with_a_zip_inside_is_refused()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        byte[] polyglot = [.. RegistrationFlowTests.Pdf(), .. Encoding.Latin1.GetBytes("PK\u0003\u0004evil.html")];
        Assert.Contains("R4", await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "charter.pdf", polyglot)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R4_a_pdf_with_escaped_javascript_is_refused_next_to_the_file_field()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var pdf = TestPdf.Build("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /S /Java#53cript /JS (app.alert(1)) >>");
        var refusal = await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "章程.pdf", pdf));
        Assert.Contains("R4", refusal, StringComparison.Ordinal);
        Assert.Contains("脚本", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R4_a_photo_is_stored_re_encoded_without_exif_and_hashed_as_stored()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var photo = TestImages.WithExifGps(TestImages.Jpeg());
        Assert.Equal(HttpStatusCode.Redirect, (await rc.UploadAsync(details, "tr[data-slot='HeadIdentity'] form.upload-form", "photo.jpg", photo, "image/jpeg")).StatusCode);

        await using var db = Portal.CreateDbContext(CommunityStation.Infrastructure.Seeding.DemoData.TenantId("xinjie"));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var stored = await db.ApplicationDocuments.Where(d => d.Slot == CommunityStation.Domain.Registration.DocumentSlot.HeadIdentity && d.ContentType == "image/jpeg").OrderByDescending(d => d.Version).FirstAsync();
        Assert.False(TestImages.HasExif(stored.Content));
        Assert.NotEqual(photo, stored.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored.Content)), stored.Sha256);
        Assert.Equal(stored.Content.Length, stored.SizeBytes);
    }

    [Fact]
    public async Task R4_a_good_pdf_is_stored_with_its_sha256_and_a_replacement_keeps_the_old_version()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var first = RegistrationFlowTests.Pdf("first");
        Assert.Equal(HttpStatusCode.Redirect, (await rc.UploadAsync(details, "tr[data-slot='PremisesProof'] form.upload-form", "../../证明.pdf", first)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await rc.UploadAsync(details, "tr[data-slot='PremisesProof'] form.upload-form", "证明2.pdf", RegistrationFlowTests.Pdf("second"))).StatusCode);

        var page = await rc.GetDocumentAsync(details);
        var links = page.QuerySelectorAll("tr[data-slot='PremisesProof'] a[href^='/Registration/Documents/Download/']");
        Assert.True(links.Length >= 2);

        var download = await rc.GetAsync(links[^1].GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.DoesNotContain("..", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);

        await using var db = Portal.CreateDbContext(CommunityStation.Infrastructure.Seeding.DemoData.TenantId("xinjie"));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var stored = await db.ApplicationDocuments.Where(d => d.Slot == CommunityStation.Domain.Registration.DocumentSlot.PremisesProof).OrderBy(d => d.Version).FirstAsync();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first)), stored.Sha256);
    }

    [Fact]
    public async Task R4_a_docx_and_an_ofd_are_accepted_and_downloaded_with_their_own_types()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var page = await rc.GetDocumentAsync(details);
        var accept = page.QuerySelector("tr[data-slot='Charter'] input[type=file]")!.GetAttribute("accept")!;
        Assert.Contains(".docx", accept, StringComparison.Ordinal);
        Assert.Contains(".ofd", accept, StringComparison.Ordinal);
        Assert.Contains("OFD", page.QuerySelector("#formats")!.TextContent, StringComparison.Ordinal);

        var charter = await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "章程.docx", TestPackages.Docx());
        Assert.True(charter.StatusCode == HttpStatusCode.Redirect, (await PortalClient.ParseAsync(charter)).QuerySelector(".field-validation-error, .validation-summary-errors")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await rc.UploadAsync(details, "tr[data-slot='ApplicationForm'] form.upload-form", "申请书.ofd", TestPackages.Ofd())).StatusCode);

        page = await rc.GetDocumentAsync(details);
        var docx = await rc.GetAsync(page.QuerySelector("tr[data-slot='Charter'] a[href^='/Registration/Documents/Download/']")!.GetAttribute("href")!);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition!.DispositionType);
        var ofd = await rc.GetAsync(page.QuerySelector("tr[data-slot='ApplicationForm'] a[href^='/Registration/Documents/Download/']")!.GetAttribute("href")!);
        Assert.Equal("application/ofd", ofd.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task R4_a_docm_with_macros_is_refused_next_to_the_file_field()
    {
        var (rc, details) = await DraftAsync();
        using var _ = rc;
        var docm = TestPackages.Docx(TestPackages.ContentTypes(TestPackages.DocmMainType), null, ("word/vbaProject.bin", "VBA"));
        var refusal = await RefusalAsync(await rc.UploadAsync(details, "tr[data-slot='Charter'] form.upload-form", "章程.docx", docm));
        Assert.Contains("R4", refusal, StringComparison.Ordinal);
        Assert.Contains("宏", refusal, StringComparison.Ordinal);
    }
}
