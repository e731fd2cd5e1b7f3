namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>Shared steps for the service-desk tests.</summary>
public static class DeskSteps
{
    public static readonly Guid DibaoItem = CommunityStation.Infrastructure.Seeding.DeterministicGuid.For("item:D5:低保对象服务");

    /// <summary>Makes the rating link of the case at <paramref name="details"/> (a Yicheng case) a day past its expiry.</summary>
    public static async Task ExpireRatingTokenAsync(PortalFactory portal, string details)
    {
        var id = Guid.Parse(details.Split('/')[^1]);
        await using var db = portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE service_cases SET rating_token_expires_at = now() - interval '1 day' WHERE id = {id}");
        await transaction.CommitAsync();
    }

    /// <summary>Records a walk-in case and returns (details url, receipt document).</summary>
    public static async Task<(string Details, IDocument Receipt)> IntakeAsync(PortalClient desk, string resident = "张大爷", string? phone = "13900001111", string? idNumber = null)
    {
        var response = await desk.SubmitFormAsync("/Desk/Intake", IntakeFields(resident, phone, idNumber), "#intake-form");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var receiptUrl = response.Headers.Location!.ToString();
        var receipt = await desk.GetDocumentAsync(receiptUrl);
        return (receiptUrl.Replace("/Receipt/", "/Details/", StringComparison.Ordinal), receipt);
    }

    /// <summary>The intake form for a walk-in resident's 低保 question.</summary>
    public static Dictionary<string, string> IntakeFields(string resident = "张大爷", string? phone = "13900001111", string? idNumber = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.ResidentName"] = resident,
            ["Input.ServiceItemId"] = DibaoItem.ToString(),
            ["Input.Channel"] = "WalkIn",
            ["Input.Request"] = "咨询低保申请材料",
        };
        if (phone is not null)
        {
            fields["Input.ResidentPhone"] = phone;
        }

        if (idNumber is not null)
        {
            fields["Input.ResidentIdNumber"] = idNumber;
        }

        return fields;
    }

    /// <summary>Takes a step from the case page's forms (each posts to its own page: Work, Refer, Conclude, Reassign).</summary>
    public static async Task<HttpResponseMessage> ActAsync(PortalClient client, string details, string step, Dictionary<string, string>? fields = null)
    {
        var (form, button) = step switch
        {
            "Start" => ("#work-form", "#start"),
            "Complete" => ("#work-form", "#complete"),
            "Refer" => ("#refer-form", "#refer"),
            "TakeBack" => ("#take-back-form", "#take-back"),
            "Conclude" => ("#take-back-form", "#conclude"),
            "Reassign" => ("#reassign-form", "#reassign"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "no such step"),
        };
        var page = await client.GetDocumentAsync(details);
        return await client.SubmitLoadedFormAsync(page, form, fields ?? [], button);
    }
}
