namespace CommunityStation.Browser.Tests.Pages.Registration;

/// <summary>Issue 3's journey in the browser with three users: RC applies, town returns, RC resubmits, town agrees, bureau registers.</summary>
public sealed class RegistrationJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private static FilePayload Pdf(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = TestPdf.Titled(name),
    };

    private static async Task UploadAsync(IPage page, DocumentSlot slot, string fileName)
    {
        var row = page.Locator($"tr[data-slot='{slot}']");
        await row.Locator("input[type=file]").SetInputFilesAsync(Pdf(fileName));
        await row.Locator("form.upload-form button").ClickAsync();
        await page.WaitForSelectorAsync("#saved-message");
    }

    [Fact]
    public async Task Apply_with_documents_return_resubmit_agree_register_and_see_the_certificate()
    {
        // The RC officer applies: the name is composed (R5) and cannot be typed.
        var rc = await Portal.SignedInPageAsync("demo-rc");
        await rc.ClickAsync("a[data-nav='applications']");
        await rc.ClickAsync("#new-application");
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", await rc.InputValueAsync("#station-name"));
        Assert.True(await rc.Locator("#station-name").IsEditableAsync() is false);
        await ApplicationForm.CreateAsync(rc, "李红", "宜城街道东虹路1号社区事务受理大厅", "街道资助");
        var details = new Uri(rc.Url).PathAndQuery;

        foreach (var slot in DocumentSlots.RcSide)
        {
            await UploadAsync(rc, slot, $"{slot}.pdf");
        }

        rc.Dialog += (_, dialog) => dialog.AcceptAsync();
        await rc.ClickAsync("#submit");
        await rc.WaitForSelectorAsync("#status[data-status='SubmittedToTown']");

        // The town sees it in its queue, oldest first, and returns it with reasons.
        var town = await Portal.SignedInPageAsync("demo-town");
        Assert.True(await town.Locator("#unread-count").IsVisibleAsync());
        await town.ClickAsync("a[data-nav='applications']");
        await town.ClickAsync("#applications tr[data-community='东虹社区'] a");
        await town.FillAsync("#Input_Text", "验资报告不清晰，请重新上传。");
        await town.ClickAsync("#return");
        await town.WaitForSelectorAsync("#status[data-status='ReturnedToRc']");

        // The RC reads the reasons, replaces the report and resubmits.
        await rc.GotoAsync(details);
        Assert.Contains("验资报告不清晰", await rc.TextContentAsync("#return-reason"), StringComparison.Ordinal);
        await UploadAsync(rc, DocumentSlot.CapitalReport, "capital-v2.pdf");
        await rc.ClickAsync("#submit");
        await rc.WaitForSelectorAsync("#status[data-status='SubmittedToTown']");

        // The town agrees with an opinion.
        await town.GotoAsync(details);
        await town.FillAsync("#Input_Text", "经审核，同意设立。");
        await town.ClickAsync("#agree");
        await town.WaitForSelectorAsync("#status[data-status='AgreedByTown']");
        Assert.Contains("同意设立", await town.TextContentAsync("#town-opinion"), StringComparison.Ordinal);

        // The bureau registers it from its city-wide queue.
        var bureau = await Portal.SignedInPageAsync("demo-bureau");
        await bureau.ClickAsync("a[data-nav='applications']");
        await bureau.ClickAsync("#applications tr[data-community='东虹社区'] a");
        await bureau.FillAsync("#Input_RegistrationNumber", "宜民证字第2026088号");
        await bureau.FillAsync("#Input_Uscc", CommunityStation.Domain.Common.UnifiedSocialCreditCode.Compose("52320282", "MJ500000"));
        await bureau.ClickAsync("#register");
        await bureau.WaitForSelectorAsync("#status[data-status='Registered']");

        // Everyone sees the rounds; the certificate and plaque carry the uniform name.
        Assert.Equal(2, await bureau.Locator("#timeline li[data-action='Submitted']").CountAsync());
        await bureau.ClickAsync("#certificate-link");
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", (await bureau.TextContentAsync("#certificate-name"))?.Trim());

        await rc.GotoAsync(details);
        await rc.ClickAsync("#station-link");
        await rc.ClickAsync("#plaque");
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", (await rc.TextContentAsync(".plaque-name"))?.Trim());
    }
}
