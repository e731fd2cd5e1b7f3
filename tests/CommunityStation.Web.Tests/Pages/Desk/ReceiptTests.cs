using CommunityStation.Web.Tests.Pages.Registration.Stations;

namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>
/// Issue 11: the receipt's token is sealed by the intake's POST, inside <see cref="ServiceCase.Receive"/>, so opening the
/// receipt only reads; and the receipt is a formal print (GB/T 9704: the station as issuer with a seal area, the date in Chinese).
/// </summary>
public sealed class ReceiptTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task M2_the_intake_post_seals_the_receipt_token_and_opening_the_receipt_writes_nothing()
    {
        using var desk = await SignInAsync("demo-desk");
        var posted = await desk.SubmitFormAsync("/Desk/Intake", DeskSteps.IntakeFields("秦大爷", null), "#intake-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var receiptUrl = posted.Headers.Location!.ToString();
        var id = Guid.Parse(receiptUrl.Split('/')[^1]);

        // Sealed already, before anyone opens the receipt.
        var sealedAtIntake = await QueryAsync(Demo.Yicheng, db => db.ServiceCases.Where(c => c.Id == id).Select(c => c.ReceiptTokenSealed).SingleAsync());
        Assert.NotNull(sealedAtIntake);
        var changesBefore = await ChangesAsync(id);

        var first = await desk.GetDocumentAsync(receiptUrl);
        var again = await desk.GetDocumentAsync(receiptUrl);

        Assert.NotNull(first.QuerySelector("#status-qr svg"));
        Assert.Equal(first.QuerySelector("#status-link")!.GetAttribute("href"), again.QuerySelector("#status-link")!.GetAttribute("href"));
        Assert.Equal(sealedAtIntake, await QueryAsync(Demo.Yicheng, db => db.ServiceCases.Where(c => c.Id == id).Select(c => c.ReceiptTokenSealed).SingleAsync()));
        Assert.Equal(changesBefore, await ChangesAsync(id));
    }

    [Fact]
    public async Task Print_the_receipt_names_the_station_as_issuer_with_a_seal_area_and_the_day_of_receipt_in_chinese()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "尤奶奶", null);
        var id = Guid.Parse(details.Split('/')[^1]);
        var found = await QueryAsync(Demo.Yicheng, db => (from c in db.ServiceCases
                                                           join s in db.Stations on c.StationId equals s.Id
                                                           where c.Id == id
                                                           select new { s.Name, c.ReceivedAt }).SingleAsync());
        var day = ChinaDate.Of(found.ReceivedAt);

        FormalPrintTests.AssertFormalPrint(receipt, found.Name, $"{day.Year}年{day.Month}月{day.Day}日");
        Assert.Equal("受理回执", receipt.QuerySelector("#formal-title")!.TextContent.Trim());
        Assert.Contains("print-gb", receipt.Body!.ClassName, StringComparison.Ordinal);
    }

    /// <summary>The audit trail's entity changes of the case (every write to it adds one).</summary>
    private async Task<int> ChangesAsync(Guid caseId)
    {
        await using var db = Portal.CreateDbContext(null);
        return await db.AuditEntries.CountAsync(a => a.Entity == "ServiceCase" && a.EntityKey == caseId.ToString());
    }
}
