using Microsoft.AspNetCore.Localization;

namespace CommunityStation.Web.Pages;

/// <summary>
/// The language switch and the display toggles (larger text, high contrast): one-year cookies, so the
/// choices persist across visits and sign-ins.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
[NoUnitOfWork]
public sealed class CultureModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string? returnUrl) => LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture is "en" ? "en" : "zh-CN";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    public IActionResult OnPostDisplay(string? text, string? contrast, string? returnUrl)
    {
        DisplayPreferences.Store(Response, clock.GetUtcNow(), text, contrast);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
