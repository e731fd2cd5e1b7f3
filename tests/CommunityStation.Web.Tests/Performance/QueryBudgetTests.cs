using System.Collections.Concurrent;
using System.Diagnostics;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Access;
using Xunit.Abstractions;

namespace CommunityStation.Web.Tests.Performance;

/// <summary>
/// Issue 13's query budget: every GET page of the navigation (and the first record each list links to), as
/// each demo role, sends at most <see cref="DataQueryBudget"/> data queries to PostgreSQL, besides its
/// transaction's own set-up (the tenant settings) and commit. Counted at the driver: every command Npgsql
/// executes for the request (its tracing, grouped by the request's W3C trace id), whatever sent it (EF, the
/// audit writer, the layout, the session's security-stamp check). New pages are covered by being declared in the
/// navigation. No page has an allowance (docs/performance.md has the counts per page).
/// </summary>
public sealed class QueryBudgetTests(QueryBudgetTests.ProductionStampPortal portal, ITestOutputHelper output)
    : PortalTests<QueryBudgetTests.ProductionStampPortal>(portal), IClassFixture<QueryBudgetTests.ProductionStampPortal>
{
    public const int DataQueryBudget = 4;

    public static TheoryData<string> Roles => [.. DemoData.Accounts.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_of_the_navigation_stays_within_the_query_budget(string user)
    {
        using var counter = new RoundTrips();
        using var client = await SignInAsync(user);
        var role = DemoData.Accounts.Single(a => a.UserName == user).Role;
        var catalog = Portal.Services.GetRequiredService<PageCatalog>();
        var pages = new List<string> { "/", "/Inbox", "/MyAccount" };
        pages.AddRange(Navigation.For(role, catalog).Select(i => i.Href));

        var counts = new List<(string Page, Count Count)>();
        foreach (var page in pages.Distinct())
        {
            var (count, html) = await counter.GetAsync(client, page);
            counts.Add((page, count));

            // The first record the list links to (a details page), as the smoke test follows them.
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            if (document.QuerySelectorAll("main table a[href^='/']").Select(a => a.GetAttribute("href")!)
                .FirstOrDefault(h => !h.Contains("handler=", StringComparison.Ordinal) && !pages.Contains(h)) is { } details)
            {
                counts.Add((details, (await counter.GetAsync(client, details)).Count));
            }
        }

        Report(user, counts);
    }

    [Fact]
    public async Task Public_pages_stay_within_the_query_budget()
    {
        using var counter = new RoundTrips();
        using var anonymous = new PortalClient(Portal);
        var station = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).SingleAsync());
        var counts = new List<(string, Count)>();
        foreach (var page in new[] { "/Account/Login", "/Public/Stations", "/Public/Stations/yicheng", $"/Public/Stations/yicheng/{station}" })
        {
            counts.Add((page, (await counter.GetAsync(anonymous, page)).Count));
        }

        Report("anonymous", counts);
        Assert.Equal(0, counts[0].Item2.Total); // the sign-in form shows no data and opens no transaction
    }

    private void Report(string user, List<(string Page, Count Count)> counts)
    {
        output.WriteLine($"{user}: page | data queries | set-up | commit | round-trips");
        foreach (var (page, count) in counts)
        {
            output.WriteLine($"{user}: {page} | {count.Data} | {count.SetUp} | {count.Commit} | {count.Total}");
        }

        var over = counts.Where(c => c.Count.Data > DataQueryBudget).ToList();
        Assert.True(over.Count == 0, string.Join("\n\n", over.Select(o =>
            $"{user}: {o.Page} sends {o.Count.Data} data queries (budget {DataQueryBudget}):\n  " + string.Join("\n  ", o.Count.Statements))));
    }

    /// <summary>
    /// The demo portal with production's interval for rebuilding the sign-in's claims (the shared portal rebuilds
    /// them on every request, five queries that a production request does not send).
    /// </summary>
    public sealed class ProductionStampPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:SecurityStampSeconds", "60");
        }
    }

    /// <summary>A request's round-trips: its data queries, the transaction's set-up and its commit.</summary>
    public sealed record Count(int Data, int SetUp, int Commit, IReadOnlyList<string> Statements)
    {
        public int Total => Data + SetUp + Commit;
    }

    /// <summary>
    /// Listens to Npgsql's tracing. Each request is sent with a W3C traceparent header of its own, which ASP.NET
    /// Core continues, so the commands of that request (and of no other test's) share its trace id.
    /// </summary>
    private sealed class RoundTrips : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _seen = new();

        public RoundTrips()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name is "Npgsql" or "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.Source.Name == "Npgsql" && _seen.TryGetValue(a.TraceId, out var statements))
                    {
                        statements.Enqueue(a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string ?? a.DisplayName);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public async Task<(Count Count, string Html)> GetAsync(PortalClient client, string url)
        {
            var trace = ActivityTraceId.CreateRandom();
            var statements = _seen.GetOrAdd(trace, _ => new ConcurrentQueue<string>());
            client.SetHeader("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
            var all = statements.ToList();
            var setUp = all.Count(IsSetUp);
            // Npgsql traces commands, not COMMIT: a request whose transaction was set up also committed it.
            var commit = setUp > 0 ? 1 : 0;
            return (new Count(all.Count - setUp, setUp, commit, all), html);
        }

        public void Dispose() => _listener.Dispose();

        /// <summary>
        /// The transaction's set-up: the tenant settings (with the city-read audit row batched in, or the layout's
        /// unread count read beside them at the start), reading no other table.
        /// </summary>
        private static bool IsSetUp(string statement) =>
            statement.Contains("set_config('app.tenant_id'", StringComparison.Ordinal)
            && !Regex.Replace(statement, @"\(SELECT count\(\*\)::integer FROM ""notifications"" WHERE [^)]*\) AS unread", string.Empty).Contains("FROM", StringComparison.OrdinalIgnoreCase);
    }
}
