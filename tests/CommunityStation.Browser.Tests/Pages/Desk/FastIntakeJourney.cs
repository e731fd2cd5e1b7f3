using CommunityStation.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CommunityStation.Browser.Tests.Pages.Desk;

/// <summary>Issue 11 item 3: a returning resident's routine request in a handful of key presses; the item found by pinyin initials.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FastIntakeJourney(BrowserPortal portal, ITestOutputHelper output) : PortalTests<BrowserPortal>(portal)
{
    private static readonly Guid ElderlyItem = DeterministicGuid.For("item:D5:老年人服务");
    private static readonly Guid DibaoItem = DeterministicGuid.For("item:D5:低保对象服务");
    private static readonly Guid Desk2 = DeterministicGuid.For("desk:yicheng:城中社区:2");

    [Fact]
    public async Task A_returning_residents_routine_intake_takes_at_most_15_key_presses_outside_the_request()
    {
        const string resident = "栾秋禾";
        var desk = await Portal.SignedInPageAsync("demo-desk");
        var violations = BrowserPortal.WatchPolicyViolations(desk, "script-src");

        // Earlier: the resident's first visit, at desk 2 (set up with the mouse; not counted).
        await desk.GotoAsync("/Desk/Intake");
        await desk.FillAsync("#Input_ResidentName", resident);
        await desk.SelectOptionAsync("#Input_ServiceItemId", ElderlyItem.ToString());
        await desk.SelectOptionAsync("#Input_DeskId", Desk2.ToString());
        await desk.FillAsync("#Input_Request", "咨询居家养老服务补贴");
        await desk.ClickAsync("#receive");
        await desk.WaitForSelectorAsync("#receipt");

        // Today: the clerk opens the intake form (the desk's start screen) and uses only the keyboard.
        var keys = new KeyCounter(desk);
        await desk.GotoAsync("/Desk/Intake");
        await FocusedAsync(desk, "#Q");
        await keys.TypeAsync(resident);
        await keys.PressAsync("Enter");
        await FocusedAsync(desk, "#matches a[href*='resident=']");
        await keys.PressAsync("Enter");
        await FocusedAsync(desk, "#same-as-last");
        await keys.PressAsync("Enter");
        await FocusedAsync(desk, "#Input_Request");
        await desk.Keyboard.TypeAsync("老人询问助餐点开放时间"); // the request itself is not counted
        await keys.PressAsync("Tab");
        await FocusedAsync(desk, "#receive");
        await keys.PressAsync("Enter");
        await desk.WaitForSelectorAsync("#receipt");

        output.WriteLine($"Returning resident's routine intake: {keys.Count} key presses outside the request text ({keys.Raw} keys as Playwright typed them; each Chinese character counted as 2 for an input method).");
        output.WriteLine("Keys: " + string.Join(" · ", keys.Log));
        Assert.True(keys.Count <= 15, $"{keys.Count} key presses: {string.Join(" ", keys.Log)}");

        // The case: same item as last time, at the remembered desk, walk-in, for the same resident.
        var cases = await QueryAsync(Demo.Yicheng, db => db.ServiceCases
            .Where(c => db.Residents.Any(r => r.Id == c.ResidentId && r.Name == resident))
            .OrderBy(c => c.ReceivedAt).Select(c => new { c.ServiceItemId, c.DeskId, c.Channel, c.Request }).ToListAsync());
        Assert.Equal(2, cases.Count);
        Assert.Equal(ElderlyItem, cases[1].ServiceItemId);
        Assert.Equal(Desk2, cases[1].DeskId);
        Assert.Equal("WalkIn", cases[1].Channel.ToString());
        Assert.Equal("老人询问助餐点开放时间", cases[1].Request);
        violations.AssertNone();
    }

    [Fact]
    public async Task Typing_dbdx_finds_the_minimum_living_allowance_item_and_enter_chooses_it()
    {
        var desk = await Portal.SignedInPageAsync("demo-desk");
        var violations = BrowserPortal.WatchPolicyViolations(desk, "script-src");
        await desk.GotoAsync("/Desk/Intake");

        await desk.FocusAsync("#item-search");
        await desk.Keyboard.TypeAsync("dbdx");
        var first = desk.Locator("#item-options [role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("低保对象服务");
        Assert.Equal("true", await desk.GetAttributeAsync("#item-search", "aria-expanded"));
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));
        await desk.Keyboard.PressAsync("Enter");

        Assert.Equal(DibaoItem.ToString(), await desk.InputValueAsync("#Input_ServiceItemId"));
        Assert.Equal("低保对象服务", await desk.InputValueAsync("#item-search"));
        Assert.Equal("false", await desk.GetAttributeAsync("#item-search", "aria-expanded"));

        // Full pinyin finds both 老年… items, in the page's order; ArrowDown moves to the second.
        await desk.FillAsync("#item-search", string.Empty);
        await desk.Keyboard.TypeAsync("laonian");
        await Assertions.Expect(desk.Locator("#item-options [role=option]")).ToHaveCountAsync(2);
        await desk.Keyboard.PressAsync("ArrowDown");
        await desk.Keyboard.PressAsync("Enter");
        Assert.Equal(DeterministicGuid.For("item:D8:老年活动室").ToString(), await desk.InputValueAsync("#Input_ServiceItemId"));

        // The duty area's name is a keyword too.
        await desk.FillAsync("#item-search", string.Empty);
        await desk.Keyboard.TypeAsync("社会保障");
        await Assertions.Expect(desk.Locator("#item-options [role=option]")).ToHaveCountAsync(6);
        violations.AssertNone();
    }

    [Fact]
    public async Task Without_script_the_item_is_a_plain_select()
    {
        var context = await Portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Portal.BaseUrl, Locale = "zh-CN", JavaScriptEnabled = false });
        var desk = await context.NewPageAsync();
        await BrowserPortal.SubmitSignInAsync(desk, "demo-desk");
        await desk.WaitForSelectorAsync("#current-user");
        await desk.GotoAsync("/Desk/Intake");

        Assert.False(await desk.Locator("#item-search").IsVisibleAsync());
        await desk.SelectOptionAsync("#Input_ServiceItemId", DibaoItem.ToString());
        await desk.FillAsync("#Input_ResidentName", "无脚本居民");
        await desk.FillAsync("#Input_Request", "咨询低保续办");
        await desk.ClickAsync("#receive");
        await desk.WaitForSelectorAsync("#receipt");
        await context.CloseAsync();
    }

    /// <summary>Waits until <paramref name="selector"/> has the focus: the page put it there, no key was spent on it.</summary>
    private static async Task FocusedAsync(IPage page, string selector)
    {
        try
        {
            await page.WaitForFunctionAsync("s => document.activeElement === document.querySelector(s)", selector, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => 'focus: ' + (document.activeElement ? document.activeElement.outerHTML.slice(0, 300) : 'none') + ' | first autofocus: ' + (document.querySelector('[data-autofocus]') || { outerHTML: 'none' }).outerHTML.slice(0, 300)");
            throw new InvalidOperationException($"{selector} did not get the focus on {page.Url}: {state}");
        }
    }

    /// <summary>Counts key presses; Chinese characters as 2 each (an input method's initial and pick).</summary>
    private sealed class KeyCounter(IPage page)
    {
        public int Count { get; private set; }

        public int Raw { get; private set; }

        public List<string> Log { get; } = [];

        public async Task PressAsync(string key)
        {
            await page.Keyboard.PressAsync(key);
            Count++;
            Raw++;
            Log.Add(key);
        }

        public async Task TypeAsync(string text)
        {
            await page.Keyboard.TypeAsync(text);
            Count += text.Sum(c => c is >= '\u3400' and <= '\u9fff' ? 2 : 1);
            Raw += text.Length;
            Log.Add(text);
        }
    }
}
