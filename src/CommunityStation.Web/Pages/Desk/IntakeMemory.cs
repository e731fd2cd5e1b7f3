using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// The desk and channel of the clerk's last intake, kept in a browser-session cookie (gone when the browser closes),
/// so the next form comes back at the same desk and channel. It is tied to the user who set it: another
/// clerk signing in on the same computer starts fresh. Read values are only defaults, checked against the station's desks.
/// </summary>
internal static class IntakeMemory
{
    public const string CookieName = "cs-intake";

    public static void Remember(HttpResponse response, Guid userId, Guid? deskId, CaseChannel channel) =>
        response.Cookies.Append(CookieName, string.Join('|', userId.ToString("N"), deskId?.ToString("N") ?? string.Empty, channel.ToString()), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/Desk",
        });

    /// <summary>The remembered desk (when still one of <paramref name="desks"/>) and channel, or nothing.</summary>
    public static (Guid? DeskId, CaseChannel? Channel) Recall(HttpRequest request, Guid userId, IReadOnlyList<DeskOption> desks)
    {
        var parts = request.Cookies[CookieName]?.Split('|') ?? [];
        if (parts.Length != 3 || !Guid.TryParse(parts[0], out var owner) || owner != userId)
        {
            return (null, null);
        }

        Guid? desk = Guid.TryParse(parts[1], out var d) && desks.Any(x => x.Id == d) ? d : null;
        CaseChannel? channel = Enum.TryParse<CaseChannel>(parts[2], out var c) && Enum.IsDefined(c) ? c : null;
        return (desk, channel);
    }
}
