using CommunityStation.Web.Pages.Audit;

namespace CommunityStation.Web.Tests.Pages.Audit;

/// <summary>
/// The audit log (Pages/Audit) as people read it (issue 11 item 5): entity and field names instead of class names,
/// before/after as a field table with values formatted (Beijing time, enums by label, personal data masked), filters,
/// paging with a total and an export of the filter with UTC beside Beijing time. Own database: the class changes a person.
/// </summary>
public sealed partial class AuditPageTests(PortalFactory portal) : OwnPortalTests(portal), IAsyncLifetime
{
    private const string IdNumber = "11010519491231002X";
    private const string Name = "审计甲";

    public async Task InitializeAsync()
    {
        using var town = await SignInAsync("demo-town");
        if ((await QueryAsync(Demo.Yicheng, db => db.People.AnyAsync(p => p.Name == Name))) is false)
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Name"] = Name, ["Input.IdNumber"] = IdNumber, ["Input.Phone"] = "13812345678", ["Input.Education"] = "JuniorCollege", ["Input.Computer"] = "Level2",
            };
            Assert.Equal(HttpStatusCode.Redirect, (await town.SubmitFormAsync("/Staff/People/Edit", fields)).StatusCode);
            var id = await QueryAsync(Demo.Yicheng, db => db.People.Where(p => p.Name == Name).Select(p => p.Id).SingleAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await town.SubmitFormAsync($"/Staff/People/Edit/{id}", new Dictionary<string, string> { ["Input.Phone"] = "13887654321" })).StatusCode);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Search => "/Audit?entity=Person&q=" + Uri.EscapeDataString(Name);

    [Fact]
    public async Task A_created_person_reads_as_a_field_table_with_names_labels_beijing_time_and_masked_personal_data()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var page = await bureau.GetDocumentAsync(Search + "&kind=Created");
        var row = Assert.Single(page.QuerySelectorAll("#audit-entries > tbody > tr"));
        Assert.Equal("人员", row.QuerySelector(".audit-entity")!.TextContent.Trim());
        Assert.Equal("宜城街道", row.QuerySelector("td:nth-child(4)")!.TextContent.Trim());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", row.QuerySelector(".audit-time")!.TextContent.Trim());

        string? After(string field) => row.QuerySelector($".audit-changes tr[data-field='{field}'] .audit-after")?.TextContent.Trim();
        string? Label(string field) => row.QuerySelector($".audit-changes tr[data-field='{field}'] .audit-field")?.TextContent.Trim();
        Assert.Equal("姓名", Label("Name"));
        Assert.Equal(Name, After("Name"));
        Assert.Equal("身份证号码", Label("IdNumber"));
        Assert.Equal("1101**********002X", After("IdNumber"));
        Assert.Equal("138****5678", After("Phone"));
        Assert.Equal("大专", After("Education"));
        Assert.Equal("国家（省）二级", After("Computer"));
        Assert.Equal("女", After("Gender"));
        Assert.Equal("否", After("SocialWorkMajor"));
        Assert.Equal("宜城街道", After("TenantId"));

        var text = row.TextContent;
        Assert.DoesNotContain(IdNumber, page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(ClassName(), text);
    }

    [Fact]
    public async Task A_change_shows_only_the_changed_fields_before_and_after()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var row = Assert.Single((await bureau.GetDocumentAsync(Search.Replace("&q=" + Uri.EscapeDataString(Name), "&kind=Updated&q=13887654321", StringComparison.Ordinal))).QuerySelectorAll("#audit-entries > tbody > tr"));
        var fields = row.QuerySelectorAll(".audit-changes tr[data-field]").Select(r => r.GetAttribute("data-field")).ToList();
        Assert.Equal(["Phone"], fields);
        Assert.Equal("138****5678", row.QuerySelector(".audit-before")!.TextContent.Trim());
        Assert.Equal("138****4321", row.QuerySelector(".audit-after")!.TextContent.Trim());
        Assert.Equal("修改", row.QuerySelector("td:nth-child(2)")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_entity_filter_offers_names_and_the_filters_narrow_by_user_tenant_and_beijing_day()
    {
        using var admin = await SignInAsync("demo-admin");
        var page = await admin.GetDocumentAsync("/Audit");
        var options = page.QuerySelectorAll("select[name='entity'] option[value!='']").ToList();
        Assert.Contains(options, o => o.GetAttribute("value") == "ServiceCase" && o.TextContent == "服务案件");
        Assert.Contains(options, o => o.GetAttribute("value") == "StationProfile" && o.TextContent == "工作站公示信息");
        Assert.DoesNotContain(options, o => ClassName().IsMatch(o.TextContent));

        var today = ChinaDate.Of(DateTimeOffset.UtcNow);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(1, ListPages.Total(await admin.GetDocumentAsync($"{Search}&user=demo-town&tenant={Demo.Yicheng}&from={Day(today)}&to={Day(today)}")));
        Assert.Equal(0, ListPages.Total(await admin.GetDocumentAsync($"{Search}&to={Day(today.AddDays(-1))}")));
        Assert.Equal(0, ListPages.Total(await admin.GetDocumentAsync($"{Search}&tenant={Demo.Dingshu}")));
        Assert.Equal(0, ListPages.Total(await admin.GetDocumentAsync($"{Search}&user=demo-town2")));
        Assert.Equal(0, ListPages.Total(await admin.GetDocumentAsync($"{Search}&tenant=city")));
    }

    [Fact]
    public async Task The_log_walks_its_pages_and_the_export_holds_the_filter_readably_with_utc_beside_beijing_time()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var csv = await ListPages.AssertWalksAndExportsAsync(bureau, "/Audit?entity=Person", "#audit-entries > tbody > tr", r => r.GetAttribute("data-id"), pageSize: 10);
        Assert.Equal(["时间", "时间（UTC）", "类型", "用户", "镇（街道）", "对象", "记录编号", "变更内容"], csv[0].Take(8));
        Assert.All(csv.Skip(1), l => Assert.Equal("人员", l[5]));
        foreach (var line in csv.Skip(1))
        {
            var beijing = DateTime.ParseExact(line[0], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var utc = DateTime.ParseExact(line[1], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Assert.Equal(utc.AddHours(8), beijing);
        }

        var ours = csv.Single(l => l[2] == "新增" && l[7].Contains(Name, StringComparison.Ordinal));
        Assert.Contains("身份证号码: 1101**********002X", ours[7], StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, string.Join("\n", csv.Select(l => string.Join(",", l))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_opens_on_the_last_thirty_days_said_in_the_filter_and_an_empty_start_date_shows_every_record()
    {
        using var admin = await SignInAsync("demo-admin");
        var today = await QueryAsync(null, _ => Task.FromResult(Portal.Services.GetRequiredService<CommunityStation.Web.Infrastructure.PortalClock>().Today));
        var opened = await admin.GetDocumentAsync("/Audit");
        Assert.Equal(today.AddDays(-IndexModel.DefaultDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), opened.QuerySelector("#From")!.GetAttribute("value"));
        Assert.NotNull(opened.QuerySelector("#from-hint"));
        var all = await admin.GetDocumentAsync("/Audit?from=");
        Assert.True(string.IsNullOrEmpty(all.QuerySelector("#From")!.GetAttribute("value")));
        Assert.True(ListPages.Total(all) >= ListPages.Total(opened));
    }

    [Fact]
    public async Task In_english_the_entity_and_field_names_are_english()
    {
        using var bureau = new PortalClient(Portal);
        await bureau.UseCultureAsync("en");
        await bureau.SignInAsync("demo-bureau", PortalClient.DemoPassword);
        var row = Assert.Single((await bureau.GetDocumentAsync(Search + "&kind=Created")).QuerySelectorAll("#audit-entries > tbody > tr"));
        Assert.Equal("Person", row.QuerySelector(".audit-entity")!.TextContent.Trim());
        Assert.All(row.QuerySelectorAll(".audit-field"), f => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", f.TextContent));
        Assert.Equal("Junior college", row.QuerySelector(".audit-changes tr[data-field='Education'] .audit-after")!.TextContent.Trim());
    }

    [Fact]
    public void Every_entity_and_field_of_the_model_has_a_readable_name_in_both_languages()
    {
        using var scope = Portal.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var english = System.Xml.Linq.XDocument.Load(Path.Combine(TestPostgres.RepositoryRoot(), "src", "CommunityStation.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var type in model.GetEntityTypes())
        {
            var entity = AuditReader.NameOf(type.ClrType);
            if (AuditVocabulary.EntityLabel(entity) is not { } label || !english.Contains(label))
            {
                missing.Add("entity " + entity);
            }

            var fields = type.GetProperties().Select(p => (p.Name, p.ClrType))
                .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (c.Name + p.Name, p.ClrType))));
            foreach (var (field, clr) in fields)
            {
                if (!AuditVocabulary.Fields.TryGetValue(field, out var name) || !english.Contains(name))
                {
                    missing.Add($"field {entity}.{field}");
                }

                var enumType = Nullable.GetUnderlyingType(clr) ?? clr;
                if (enumType.IsEnum)
                {
                    missing.AddRange(Enum.GetValues(enumType).Cast<Enum>().Where(v => AuditVocabulary.EnumLabel(v) is not { } key || !english.Contains(key)).Select(v => $"value {enumType.Name}.{v}"));
                }
            }
        }

        Assert.True(missing.Count == 0, "No readable name (or no English) for: " + string.Join(", ", missing.Distinct()));
    }

    // A class name as the trail records it: two or more capitalised words run together (ServiceCase, StationProfile).
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][a-z]+")]
    private static partial Regex ClassName();
}
