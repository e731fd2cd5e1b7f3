using System.Net;
using System.Text.RegularExpressions;

namespace CommunityStation.Bench;

/// <summary>Signs in through the portal's own form and hands back the cookies a browser would send.</summary>
public static partial class SignIn
{
    public static async Task<string> CookieHeaderAsync(Uri portal, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = portal };
        var form = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(portal)["cs.auth"] is null)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}, not a redirect with a cookie.");
        }

        return cookies.GetCookieHeader(portal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
