using CommunityStation.Browser.Tests.Pages.Registration;

namespace CommunityStation.Browser.Tests.Pages;

/// <summary>Issue 11 item 9, at 1366 px: buttons keep their words on one line, and the English menu takes at most two rows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutJourney(BrowserPortal portal) : PortalTests<BrowserPortal>(portal)
{
    // The most lines of text in any visible button of the page: its content height over its line height.
    private const string MostLines = "() => Math.max(...[...document.querySelectorAll('main .btn')].filter(e => e.offsetParent).map(e => { const s = getComputedStyle(e); return Math.round((e.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)); }))";

    // Rows of the header: the distinct tops of the menu entries and of the tools beside them.
    private const string Rows = "() => { const tops = [...document.querySelectorAll('#mainNav .nav-item, #mainNav > form, #mainNav > a')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().top).sort((a, b) => a - b); let rows = 0, last = -1e9; for (const t of tops) { if (t - last > 12) { rows++; last = t; } } return rows; }";

    [Fact]
    public async Task The_upload_and_deploy_buttons_stay_on_one_line_and_the_english_menu_takes_two_rows()
    {
        // An application of 蜀山社区 (demo-rc2: no other journey uses it) in draft shows the upload buttons.
        var rc = await Portal.SignedInPageAsync("demo-rc2");
        await rc.SetViewportSizeAsync(1366, 768);
        await rc.GotoAsync("/Registration/Applications");
        if (await rc.Locator("#new-application").CountAsync() > 0)
        {
            await rc.ClickAsync("#new-application");
            await ApplicationForm.CreateAsync(rc, "张建华", "丁蜀镇蜀山路1号", "镇资助");
        }
        else
        {
            await rc.ClickAsync("main a[href*='/Registration/Applications/Details/']");
        }

        await rc.WaitForSelectorAsync("#documents");
        Assert.True(await rc.Locator(".upload-form button").CountAsync() > 0);
        Assert.Equal(1, await rc.EvaluateAsync<int>(MostLines));

        var town = await Portal.SignedInPageAsync("demo-town");
        await town.SetViewportSizeAsync(1366, 768);
        await town.GotoAsync("/Staff/Stations");
        // The demo staff (and so the posts) belong to 城中社区's station.
        await town.Locator("main a[href*='/Staff/Stations/Roster/']", new() { HasTextString = "城中社区" }).First.ClickAsync();
        // The action cell (职责, 结束, and 调配 for a staff post) is the one squeezed by the duties beside it.
        await town.WaitForSelectorAsync("#roster .post-link");

        // Measured once the style sheets are in: before, a button's line height reads "normal" (NaN lines) on a busy machine.
        await town.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(1, await town.EvaluateAsync<int>(MostLines));

        // The town has the longest menu; in English it used to wrap to four rows.
        await town.ClickAsync("#culture-form button");
        await town.WaitForSelectorAsync("html[lang='en']");
        Assert.True(await town.Locator("a[data-nav]").CountAsync() >= 10);
        Assert.InRange(await town.EvaluateAsync<int>(Rows), 1, 2);

        await town.ClickAsync("#culture-form button");
        await town.WaitForSelectorAsync("html[lang='zh-CN']");
        Assert.InRange(await town.EvaluateAsync<int>(Rows), 1, 2);
    }
}
