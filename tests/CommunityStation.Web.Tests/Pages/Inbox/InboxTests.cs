using CommunityStation.Web.Infrastructure;

namespace CommunityStation.Web.Tests.Pages.Inbox;

/// <summary>The to-do inbox: applications waiting for the user's role, and their own notifications only.</summary>
public sealed class InboxTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task The_town_sees_the_application_waiting_in_its_queue_and_another_town_does_not()
    {
        var inbox = await ReadAsAsync("demo-town", "/Inbox");
        Assert.Contains("氿滨社区", inbox.QuerySelector("#todos")!.TextContent, StringComparison.Ordinal);

        var otherInbox = await ReadAsAsync("demo-town2", "/Inbox");
        Assert.DoesNotContain("氿滨社区", otherInbox.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notification_is_marked_read_by_its_recipient_and_not_by_anyone_else()
    {
        var id = await NotifyAsync("demo-town", "收件箱测试通知");
        using var other = await SignInAsync("demo-town2");
        var foreign = await other.PostAsync($"/Inbox?handler=Read&id={id}", new Dictionary<string, string>(), "/Inbox");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        using var town = await SignInAsync("demo-town");
        var before = await town.GetDocumentAsync("/Inbox");
        Assert.Contains("收件箱测试通知", before.QuerySelector("#notifications")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(before.QuerySelector("#unread-count"));

        var read = await town.PostAsync($"/Inbox?handler=ReadAll", new Dictionary<string, string>(), "/Inbox");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var after = await town.GetDocumentAsync("/Inbox");
        Assert.Null(after.QuerySelector("#unread-count"));
    }

    [Fact]
    public async Task A_notification_shows_its_time_in_beijing_not_utc()
    {
        // 08:26 UTC is 16:26 in Beijing; 20:30 UTC is already the next day there.
        await NotifyAsync("demo-town", "北京时间下午", new DateTimeOffset(2026, 11, 27, 8, 26, 0, TimeSpan.Zero));
        await NotifyAsync("demo-town", "北京时间次日", new DateTimeOffset(2026, 11, 27, 20, 30, 0, TimeSpan.Zero));
        using var town = await SignInAsync("demo-town");
        var text = (await town.GetDocumentAsync("/Inbox")).QuerySelector("#notifications")!.TextContent;
        Assert.Contains("2026-11-27 16:26", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-28 04:30", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notification_stored_in_chinese_reads_in_english_in_english_mode_and_stays_readable_in_chinese()
    {
        await NotifyAsync("demo-town", RecordedText.Notification("待审核", "宜兴市宜城街道英文测试社区事务工作站", ApplicationKind.Establish));
        await NotifyAsync("demo-town", "申请被退回：宜兴市宜城街道旧通知社区事务工作站");
        await NotifyAsync("demo-town", "一条自由文字的通知");
        using var town = await SignInAsync("demo-town");
        var chinese = (await town.GetDocumentAsync("/Inbox")).QuerySelector("#notifications")!.TextContent;
        Assert.Contains("待审核：宜兴市宜城街道英文测试社区事务工作站（设立登记）", chinese, StringComparison.Ordinal);

        await town.UseCultureAsync("en");
        var english = (await town.GetDocumentAsync("/Inbox")).QuerySelector("#notifications")!.TextContent;
        Assert.Contains("To review: 宜兴市宜城街道英文测试社区事务工作站 (Establishment registration)", english, StringComparison.Ordinal);
        Assert.Contains("Application returned: 宜兴市宜城街道旧通知社区事务工作站", english, StringComparison.Ordinal);
        Assert.Contains("一条自由文字的通知", english, StringComparison.Ordinal);
        Assert.DoesNotContain("待审核", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_page_by_keyset_filter_by_words_and_unread_and_export_what_the_filter_shows()
    {
        var first = await NotifyAsync("demo-town", "翻页通知一", DateTimeOffset.UtcNow.AddMinutes(-3));
        await NotifyAsync("demo-town", "翻页通知二", DateTimeOffset.UtcNow.AddMinutes(-2));
        await NotifyAsync("demo-town", "翻页通知三", DateTimeOffset.UtcNow.AddMinutes(-1));
        using var town = await SignInAsync("demo-town");
        var url = "/Inbox?search=" + Uri.EscapeDataString("翻页通知");
        var csv = await ListPages.AssertWalksAndExportsAsync(town, url, "#notifications li", li => li.TextContent.Trim(), pageSize: 1);
        Assert.Equal(["翻页通知三", "翻页通知二", "翻页通知一"], csv.Skip(1).Select(l => l[0]));
        Assert.Equal("时间（UTC）", csv[0][^1]);

        Assert.Equal(HttpStatusCode.Redirect, (await town.PostAsync($"/Inbox?handler=Read&id={first}", new Dictionary<string, string>(), "/Inbox")).StatusCode);
        var unread = await town.GetDocumentAsync(url + "&unread=true");
        Assert.Equal(2, ListPages.Total(unread));
        Assert.Equal(2, (await ListPages.ExportCsvAsync(town, unread)).Count - 1);
    }

    private async Task<Guid> NotifyAsync(string userName, string title, DateTimeOffset? at = null)
    {
        using var scope = Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CommunityStation.Infrastructure.Identity.AppUser>>();
        var user = await users.FindByNameAsync(userName);
        await using var db = Portal.CreateDbContext(user!.TenantId);
        var notification = new Notification(Guid.CreateVersion7(), user.Id, title, "/Inbox", at ?? DateTimeOffset.UtcNow);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}
