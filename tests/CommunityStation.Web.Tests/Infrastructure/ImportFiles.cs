using AngleSharp.Html.Dom;
using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Import files as users make them (the portal's own XLSX writer, or CSV text), uploaded through an import page's form.</summary>
public static class ImportFiles
{
    /// <summary>An XLSX workbook whose first sheet holds <paramref name="rows"/> (the first is the header), as the templates are written.</summary>
    public static async Task<byte[]> XlsxAsync(params string[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var output = new MemoryStream();
        await TableExport.WriteXlsxAsync(output, "导入", rows[0], LinesAsync(rows.Skip(1)));
        return output.ToArray();
    }

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>A CSV file of <paramref name="header"/> and <paramref name="rows"/>, cell by cell as <see cref="XlsxAsync"/> takes them.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, params string[][] rows) =>
        Csv(rows.Select(row => string.Join(',', row)).Prepend(string.Join(',', header)).ToArray());

    /// <summary>Uploads <paramref name="content"/> through the import form of <paramref name="pageUrl"/>, ticking "update existing records" if asked.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string pageUrl, byte[] content, string fileName = "import.xlsx", bool updateExisting = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fileName);
        var page = await client.GetDocumentAsync(pageUrl);
        var form = (IHtmlFormElement)page.QuerySelector("#import-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && !(updateExisting && i.Name == "UpdateExisting")))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        if (updateExisting)
        {
            body.Add(new StringContent("true"), "UpdateExisting");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        body.Add(file, "file", fileName);
        var response = await client.PostMultipartAsync(pageUrl, body);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The report of an import that was taken: created, updated, unchanged.</summary>
    public static async Task<(int Created, int Updated, int Unchanged)> TakenAsync(HttpResponseMessage response)
    {
        var page = await PortalClient.ParseAsync(response);
        var taken = page.QuerySelector("#import-taken");
        Assert.True(taken is not null, "not taken: " + page.QuerySelector("#import-refused")?.TextContent + page.QuerySelector("[data-valmsg-for='file']")?.TextContent);
        int Count(string name) => int.Parse(taken.GetAttribute("data-" + name)!, CultureInfo.InvariantCulture);
        return (Count("created"), Count("updated"), Count("unchanged"));
    }

    /// <summary>The refused lines of an import that was not taken: line number → the reasons' text.</summary>
    public static async Task<Dictionary<int, string>> RefusedAsync(HttpResponseMessage response)
    {
        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#import-taken"));
        return page.QuerySelectorAll("#import-refused li[data-line]").ToDictionary(li => int.Parse(li.GetAttribute("data-line")!, CultureInfo.InvariantCulture), li => li.TextContent);
    }

    /// <summary>
    /// Uploads a file that is refused whole: exactly the lines of <paramref name="expected"/> are refused, each with
    /// every reason given for it (a reason is a part of the line's text), and <paramref name="count"/> (of the records the
    /// import makes) is what it was before.
    /// </summary>
    public static async Task AssertRefusedAsync(PortalClient client, string pageUrl, byte[] content, string fileName, Func<Task<int>> count, Dictionary<int, string[]> expected)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(expected);
        var before = await count();
        var refused = await RefusedAsync(await UploadAsync(client, pageUrl, content, fileName));
        Assert.Equal(expected.Keys.Order(), refused.Keys.Order());
        foreach (var (line, reasons) in expected)
        {
            Assert.All(reasons, reason => Assert.Contains(reason, refused[line], StringComparison.Ordinal));
        }

        Assert.Equal(before, await count());
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> LinesAsync(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
