namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Larger text (staff pages) and high contrast (residents' pages), chosen once and kept in a one-year
/// cookie. The layout reads it on the server and puts the classes on &lt;html&gt;, so a page never
/// flashes in the default style first (issue 11).
/// </summary>
public sealed record DisplayPreferences(bool LargeText, bool HighContrast)
{
    public const string TextCookie = "cs.text";
    public const string ContrastCookie = "cs.contrast";

    public static DisplayPreferences From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Cookies[TextCookie] == "large", request.Cookies[ContrastCookie] == "high");
    }

    /// <summary>The classes for &lt;html&gt; (site.css styles them).</summary>
    public string HtmlClass => string.Join(' ', new[] { LargeText ? "text-large" : null, HighContrast ? "contrast-high" : null }.OfType<string>());

    /// <summary>Stores a choice sent by the layout's toggles; an absent value leaves that setting as it is.</summary>
    public static void Store(HttpResponse response, DateTimeOffset now, string? text, string? contrast)
    {
        ArgumentNullException.ThrowIfNull(response);
        Set(response, now, TextCookie, text, "large");
        Set(response, now, ContrastCookie, contrast, "high");
    }

    private static void Set(HttpResponse response, DateTimeOffset now, string name, string? value, string on)
    {
        if (value is null)
        {
            return;
        }

        if (value == on)
        {
            response.Cookies.Append(name, on, new CookieOptions { Expires = now.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = response.HttpContext.Request.IsHttps });
        }
        else
        {
            response.Cookies.Delete(name);
        }
    }
}
