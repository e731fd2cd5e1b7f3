namespace CommunityStation.Web.Tests.Pages.Registration.Applications;

/// <summary>Issue 11 item 9: an application's history, stored in Chinese, reads in English in English mode.</summary>
[Collection(PortalCollection.Name)]
public sealed class HistoryLanguageTests(PortalFactory portal) : PortalTests(portal)
{
    [Fact]
    public async Task The_documents_of_a_history_step_are_named_in_the_readers_language()
    {
        using var town = await SignInAsync("demo-town");
        var chinese = (await town.GetDocumentAsync($"/Registration/Applications/Details/{Demo.JiubinApplication}")).QuerySelector("#timeline")!.TextContent;
        Assert.Contains("全部材料 v1", chinese, StringComparison.Ordinal);

        await town.UseCultureAsync("en");
        var english = (await town.GetDocumentAsync($"/Registration/Applications/Details/{Demo.JiubinApplication}")).QuerySelector("#timeline")!.TextContent;
        Assert.Contains("All documents v1", english, StringComparison.Ordinal);
        Assert.DoesNotContain("全部材料", english, StringComparison.Ordinal);
    }
}
