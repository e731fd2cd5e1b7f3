namespace CommunityStation.Browser.Tests.Pages.Account;

public sealed class TwoFactorJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    [Fact]
    public async Task A_town_official_enrols_an_authenticator_and_signs_in_with_its_code()
    {
        // Not a demo account: the town role requires two-factor sign-in.
        await Portal.CreateUserAsync("town-totp", AppRoles.TownOfficial, "yicheng", demoAccount: false);
        var page = await Portal.NewPageAsync();
        var policyViolations = BrowserPortal.WatchPolicyViolations(page);

        await BrowserPortal.SubmitSignInAsync(page, "town-totp", PortalFactory.ProbePassword);
        await page.WaitForURLAsync("**/MyAccount/Authenticator");
        await page.WaitForSelectorAsync("#must-enrol");
        Assert.True(await page.IsVisibleAsync("#authenticator-qr svg"));

        // Every other page sends the user back until the authenticator is enrolled.
        await page.GotoAsync("/Communities");
        await page.WaitForURLAsync("**/MyAccount/Authenticator");

        var key = (await page.TextContentAsync("#shared-key"))!;
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("#verify-enrolment");
        await page.WaitForSelectorAsync("#recovery-codes");
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync("**/Account/Login**");

        await BrowserPortal.SubmitSignInAsync(page, "town-totp", PortalFactory.ProbePassword);
        await page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await page.FillAsync("#Input_Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.ClickAsync("#verify-code");
        await page.WaitForSelectorAsync("#current-user");
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("#current-user");
        await page.WaitForURLAsync("**/MyAccount");
        Assert.Contains("已开启", await page.TextContentAsync("#two-factor-status"), StringComparison.Ordinal);
        policyViolations.AssertNone();
        await page.Context.CloseAsync();
    }
}
