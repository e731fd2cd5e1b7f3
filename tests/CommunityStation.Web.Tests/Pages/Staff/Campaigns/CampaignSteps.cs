namespace CommunityStation.Web.Tests.Pages.Staff.Campaigns;

/// <summary>Shared steps for the recruitment tests: opening a campaign, registering applicants, scoring them.</summary>
internal static class CampaignSteps
{
    private static int _sequence = 99;

    /// <summary>A valid GB 11643 number for someone born on <paramref name="born"/> (sequence <paramref name="sequence"/>, 100–999).</summary>
    public static string IdNumber(DateOnly born, int sequence)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"320282{born:yyyyMMdd}{sequence:D3}");
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The Apply form for an outside applicant who passes H3's hard checks on a 2026 closing date (born 1996, bachelor, computer level 2).</summary>
    public static Dictionary<string, string> Applicant(string name, DateOnly? born = null, string? idNumber = null) => new()
    {
        ["Input.Name"] = name,
        ["Input.IdNumber"] = idNumber ?? IdNumber(born ?? new DateOnly(1996, 1, 1), 100 + (Interlocked.Increment(ref _sequence) % 900)),
        ["Input.Phone"] = "13800000000",
        ["Input.Education"] = "Bachelor",
        ["Input.Computer"] = "Level2",
    };

    /// <summary>Opens a campaign with <paramref name="vacancies"/> posts per community's station (by the community's name; default one at 城中社区).</summary>
    public static async Task<Guid> OpenAsync(PortalClient town, string title, IDictionary<string, string>? method = null, string closing = "2026-12-31", IReadOnlyDictionary<string, int>? vacancies = null)
    {
        ArgumentNullException.ThrowIfNull(town);
        var page = await town.GetDocumentAsync("/Staff/Campaigns");
        var fields = new Dictionary<string, string>(method ?? new Dictionary<string, string>())
        {
            ["Input.Title"] = title,
            ["Input.ClosingDate"] = closing,
        };
        foreach (var (community, count) in vacancies ?? new Dictionary<string, int> { ["城中社区"] = 1 })
        {
            var vacancy = page.QuerySelectorAll("label").First(l => l.TextContent.Contains(community, StringComparison.Ordinal)).NextElementSibling!.GetAttribute("name")!;
            fields[vacancy] = count.ToString(CultureInfo.InvariantCulture);
        }

        var created = await town.SubmitFormAsync("/Staff/Campaigns", fields, "#campaign-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
    }

    /// <summary>Registers an applicant through the Apply page (it must save).</summary>
    public static Task<HttpResponseMessage> ApplyAsync(PortalClient town, Guid campaign, string name, DateOnly? born = null) =>
        town.SaveFormAsync($"/Staff/Campaigns/Apply/{campaign}", Applicant(name, born), "#applicant-form");

    /// <summary>Enters an applicant's scores on the campaign page (weighted method).</summary>
    public static async Task ScoreAsync(PortalClient town, Guid campaign, string name, string exam, string assessment)
    {
        ArgumentNullException.ThrowIfNull(town);
        var details = $"/Staff/Campaigns/Details/{campaign}";
        var page = await town.GetDocumentAsync(details);
        var form = page.QuerySelector($"#unscored tr[data-applicant='{name}'] button.save-score")!.GetAttribute("form")!;
        var action = page.QuerySelector($"form#{form}")!.GetAttribute("action")!;
        var saved = await town.PostAsync(action, new Dictionary<string, string> { ["Input.Exam"] = exam, ["Input.Assessment"] = assessment }, details);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
