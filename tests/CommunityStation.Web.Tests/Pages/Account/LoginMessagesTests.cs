namespace CommunityStation.Web.Tests.Pages.Account;

/// <summary>
/// Issue 11 item 9: every message the sign-in page shows about what was typed (binding, validation, refusal) is in
/// the reader's language, never the framework's English in Chinese mode nor Chinese in English mode. Own database:
/// a wrong password counts towards the sign-in throttle.
/// </summary>
public sealed partial class LoginMessagesTests(PortalFactory portal) : OwnPortalTests(portal)
{
    public static TheoryData<string, string, string, string> Inputs()
    {
        var data = new TheoryData<string, string, string, string>();
        (string Name, string UserName, string Password)[] cases =
        [
            ("empty", string.Empty, string.Empty),
            ("blank", "   ", "   "),
            ("too long", new string('a', 300), new string('b', 300)),
            ("NUL", "demo\0desk", "x"),
            ("control character", "demo-desk", "pass\u0001word"),
            ("wrong password", "nobody-by-this-name", "not the password"),
        ];
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var (name, userName, password) in cases)
            {
                data.Add(culture, name, userName, password);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_message_of_the_sign_in_page_is_in_the_chosen_language(string culture, string @case, string userName, string password)
    {
        using var client = new PortalClient(Portal);
        await client.UseCultureAsync(culture);
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var messages = page.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, [data-valmsg-for]")
            .Select(e => e.TextContent.Trim())
            .Concat(page.QuerySelectorAll("input").SelectMany(i => i.Attributes.Where(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal)).Select(a => a.Value)))
            .Where(m => m.Length > 0)
            .ToList();
        Assert.True(messages.Count > 0, $"{@case}: no message shown");
        foreach (var message in messages)
        {
            if (culture == "en")
            {
                Assert.False(Han().IsMatch(message), $"{@case}: Chinese in English mode: {message}");
            }
            else
            {
                Assert.False(EnglishWord().IsMatch(message), $"{@case}: English in Chinese mode: {message}");
            }
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // A word of four letters or more (short codes such as "NUL" or "MB" may stand in either language).
    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex EnglishWord();
}
