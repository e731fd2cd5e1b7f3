using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace CommunityStation.Browser.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port with its own database, and Debian's Chromium driven by Playwright.
/// No browser is downloaded: Chromium comes from <c>apt-get install chromium</c>.
/// </summary>
public sealed class BrowserPortal : PortalFactory
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    protected override void StartPortal()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
    }

    /// <summary>The receipts' links point at this Kestrel (the portal never takes them from the request's Host).</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicBaseUrl", BaseUrl);
    }

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run `apt-get install chromium` (the browser tests never download a browser).");
        }

        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A new browser page of its own (own cookies), in Chinese, on the portal.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    /// <summary>A new browser page signed in as <paramref name="userName"/> through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password = PortalClient.DemoPassword)
    {
        var page = await NewPageAsync();
        await SubmitSignInAsync(page, userName, password);
        await page.WaitForSelectorAsync("#current-user");
        return page;
    }

    /// <summary>Fills and sends the sign-in form; where it leads (home, two-factor step, enrolment) is the caller's to check.</summary>
    public static async Task SubmitSignInAsync(IPage page, string userName, string password = PortalClient.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#sign-in");
    }

    /// <summary>A walk-in case taken at the intake form (the first service item), ending on its receipt.</summary>
    public static async Task ReceiveCaseAsync(IPage desk, string resident, string request)
    {
        ArgumentNullException.ThrowIfNull(desk);
        await desk.GotoAsync("/Desk/Intake");
        await desk.FillAsync("#Input_ResidentName", resident);
        await desk.SelectOptionAsync("#Input_ServiceItemId", new SelectOptionValue { Index = 1 });
        await desk.FillAsync("#Input_Request", request);
        await desk.ClickAsync("#receive");
        await desk.WaitForSelectorAsync("#receipt");
    }

    /// <summary>
    /// Collects the Content-Security-Policy violations the browser reports on <paramref name="page"/> (and on
    /// any page passed to <see cref="PolicyViolations.Watch"/> later) whose text contains <paramref name="directive"/>.
    /// </summary>
    public static PolicyViolations WatchPolicyViolations(IPage page, string directive = "")
    {
        var violations = new PolicyViolations(directive);
        violations.Watch(page);
        return violations;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser";
}

/// <summary>Content-Security-Policy violations reported on the console of the watched pages.</summary>
public sealed class PolicyViolations(string directive)
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public void Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && message.Text.Contains(directive, StringComparison.Ordinal))
            {
                _messages.Add($"{page.Url}: {message.Text} {message.Location}");
            }
        };
    }

    public void AssertNone() => Assert.True(_messages.Count == 0, string.Join("\n", _messages));
}

/// <summary>A journey: runs in the one browser portal's collection (xUnit inherits the collection from here).</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserJourney(BrowserPortal portal) : PortalTests<BrowserPortal>(portal);
