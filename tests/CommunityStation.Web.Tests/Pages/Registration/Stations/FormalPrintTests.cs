using System.Text.RegularExpressions;

namespace CommunityStation.Web.Tests.Pages.Registration.Stations;

/// <summary>
/// Issue 11 item 9: the certificate and the plaque are formal prints after GB/T 9704 — A4 print CSS, the issuer with a
/// seal area, the date written "2009年1月5日" — and the certificate carries 业务范围, the duty areas by name.
/// </summary>
public sealed partial class FormalPrintTests(PortalFactory portal) : SharedPortalTests(portal)
{
    /// <summary>成文日期 (GB/T 9704 7.3.5.1): the year in full, month and day without leading zeros.</summary>
    [GeneratedRegex(@"^\d{4}年[1-9]\d?月[1-9]\d?日$")]
    internal static partial Regex ChineseDate();

    private Task<Guid> ChengzhongStationAsync() =>
        QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync());

    /// <summary>What every formal print has: a print button outside the print, the seal area over issuer and date.</summary>
    internal static void AssertFormalPrint(IDocument page, string issuer, string? date = null)
    {
        Assert.NotNull(page.QuerySelector(".no-print [data-print]"));
        Assert.NotNull(page.QuerySelector(".gb-doc .gb-signature #seal-area"));
        Assert.Equal(issuer, page.QuerySelector("#issuer")!.TextContent.Trim());
        var shown = page.QuerySelector("#formal-date")!.TextContent.Trim();
        Assert.Matches(ChineseDate(), shown);
        if (date is not null)
        {
            Assert.Equal(date, shown);
        }

        Assert.Null(page.QuerySelector(".gb-doc nav, .gb-doc .btn:not(.no-print .btn)"));
    }

    [Fact]
    public async Task Print_the_certificate_lists_the_duty_areas_by_name_as_its_business_scope_with_the_bureau_and_seal_area()
    {
        var station = await ChengzhongStationAsync();
        var registered = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.Id == station).Select(s => s.RegistrationDate).SingleAsync());
        var areas = await QueryAsync(null, db => db.DutyAreas.OrderBy(a => a.SortOrder).Select(a => a.NameZh).ToListAsync());
        var page = await ReadAsAsync("demo-town", $"/Registration/Stations/Certificate/{station}");

        AssertFormalPrint(page, "宜兴市民政局", $"{registered.Year}年{registered.Month}月{registered.Day}日");
        var scope = page.QuerySelector("#business-scope")!.TextContent.Trim();
        Assert.Equal(string.Join("；", areas), scope);
        Assert.Equal(10, areas.Count);
        Assert.DoesNotMatch(@"D\d", scope);
        Assert.Contains("print-gb-landscape", page.Body!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_in_english_the_certificate_has_english_labels_and_an_english_date()
    {
        var station = await ChengzhongStationAsync();
        var registered = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.Id == station).Select(s => s.RegistrationDate).SingleAsync());
        var areas = await QueryAsync(null, db => db.DutyAreas.OrderBy(a => a.SortOrder).Select(a => a.NameEn).ToListAsync());
        using var town = await SignInAsync("demo-town");
        await town.UseCultureAsync("en");

        var page = await town.GetDocumentAsync($"/Registration/Stations/Certificate/{station}");

        Assert.Equal(registered.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), page.QuerySelector("#formal-date")!.TextContent.Trim());
        Assert.DoesNotMatch("[年月日]", page.QuerySelector("#formal-date")!.TextContent);
        Assert.Equal(string.Join("; ", areas), page.QuerySelector("#business-scope")!.TextContent.Trim());
        var labels = string.Concat(page.QuerySelectorAll("#certificate th").Select(th => th.TextContent));
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", labels);
        Assert.Equal("宜兴市宜城街道城中社区事务工作站", page.QuerySelector("#certificate-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task Print_the_plaque_keeps_the_uniform_name_with_the_issuer_seal_area_and_a_chinese_date_even_in_english()
    {
        var station = await ChengzhongStationAsync();
        using var town = await SignInAsync("demo-town");
        await town.UseCultureAsync("en");

        var page = await town.GetDocumentAsync($"/Registration/Stations/Plaque/{station}");

        AssertFormalPrint(page, "宜兴市民政局");
        Assert.Equal("宜兴市宜城街道城中社区事务工作站", page.QuerySelector(".plaque-name")!.TextContent.Trim());
    }
}
