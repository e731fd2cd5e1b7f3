using AngleSharp;
using AngleSharp.Html.Dom;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client for the portal: keeps cookies, reads forms and their antiforgery tokens, and
/// posts them back the way a user's browser would.
/// </summary>
public sealed class PortalClient : IDisposable
{
    /// <summary>The password of every seeded demo account.</summary>
    public const string DemoPassword = "Demo!2008";

    private readonly HttpClient _http;

    public PortalClient(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>Over a client of the caller's (a published portal on a real port, behind a proxy): its base address, cookies and no automatic redirects.</summary>
    public PortalClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>Sends <paramref name="name"/> on every following request (e.g. X-Forwarded-For through a known proxy).</summary>
    public void SetHeader(string name, string value)
    {
        _http.DefaultRequestHeaders.Remove(name);
        _http.DefaultRequestHeaders.Add(name, value);
    }

    /// <summary>Chooses the UI language the way the layout's switch does.</summary>
    public async Task UseCultureAsync(string culture)
    {
        var response = await _http.PostAsync(new Uri("/Culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = culture }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string userName, string password = DemoPassword)
    {
        var client = new PortalClient(factory);
        var response = await client.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {userName} failed: {response.StatusCode}");
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        return await SubmitFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    /// <summary><see cref="SubmitFormAsync"/> for a form that must save: the answer is the redirect that follows a save.</summary>
    public async Task<HttpResponseMessage> SaveFormAsync(string pageUrl, IDictionary<string, string> fields, string? formSelector = null)
    {
        var response = await SubmitFormAsync(pageUrl, fields, formSelector);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving {pageUrl} answered {(int)response.StatusCode}, expected a redirect");
        return response;
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, fills the form (the first one with a submit button, or the one
    /// matching <paramref name="formSelector"/>) with <paramref name="fields"/> over its current values,
    /// and submits it to its action (or to <paramref name="postUrl"/>).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IDictionary<string, string> fields, string? formSelector = null, string? postUrl = null)
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = (formSelector is null
            ? page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>().FirstOrDefault()
            : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form found on {pageUrl}");

        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not "submit" and not "button" and not "file":
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        foreach (var (key, value) in fields)
        {
            values.RemoveAll(v => v.Key == key);
            values.Add(new(key, value));
        }

        var action = postUrl ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Posts raw fields with a valid antiforgery token taken from <paramref name="tokenPageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> fields, string tokenPageUrl = "/")
    {
        var page = await GetDocumentAsync(tokenPageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await _http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Uploads a file through the upload form of <paramref name="pageUrl"/> matched by <paramref name="formSelector"/> (its file input and hidden fields).</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pageUrl, string formSelector, string fileName, byte[] content, string contentType = "application/pdf")
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, form.QuerySelector("input[type=file]")?.GetAttribute("name") ?? "file", fileName);
        return await _http.PostAsync(new Uri(string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>Submits the form matched by <paramref name="formSelector"/> on an already loaded page (for racing two users).</summary>
    public async Task<HttpResponseMessage> SubmitLoadedFormAsync(IDocument page, string formSelector, IDictionary<string, string> fields, string? submitterSelector = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector}");
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        foreach (var (key, value) in fields)
        {
            values.RemoveAll(v => v.Key == key);
            values.Add(new(key, value));
        }

        var action = submitterSelector is not null && page.QuerySelector(submitterSelector)?.GetAttribute("formaction") is { } formAction ? formAction : form.GetAttribute("action")!;
        return await _http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public Task<HttpResponseMessage> PostMultipartAsync(string url, HttpContent body) => _http.PostAsync(new Uri(url, UriKind.Relative), body);

    public Task<HttpResponseMessage> PostRawAsync(string url, IEnumerable<KeyValuePair<string, string>> values) =>
        _http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html));
    }

    public void Dispose() => _http.Dispose();
}
