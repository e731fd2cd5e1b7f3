using System.Diagnostics;

namespace CommunityStation.Web.Pages;

/// <summary>Generic error and status pages: a reference number to quote, never a stack trace. Needs no database.</summary>
[NoUnitOfWork]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int StatusCodeValue { get; private set; } = 500;

    public string RequestId { get; private set; } = string.Empty;

    /// <summary>
    /// The address was a resident's link (status, rating or public station page, reached by QR code or by hand): a 404
    /// there says the link is unknown or expired, never "outside your jurisdiction" (issue 11 item 6).
    /// </summary>
    public bool PublicLink { get; private set; }

    /// <summary>Why the request was refused, when the portal knows (a size limit, say): shown instead of the generic text.</summary>
    public string? Problem { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    /// <summary>The residents' addresses: /s/… (case status), /r/… (rating), /Public/… (station pages).</summary>
    public static bool IsPublicLink(string path) =>
        path is not null && (path.StartsWith("/s/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/r/", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/s", StringComparison.OrdinalIgnoreCase) || path.Equals("/r", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/Public/", StringComparison.OrdinalIgnoreCase));

    private void Set(int? code)
    {
        StatusCodeValue = code ?? 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Problem = HttpContext.Items[Infrastructure.Input.FormReadingMiddleware.ProblemKey] as string;
        var path = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? HttpContext.Request.Path.Value ?? string.Empty;
        PublicLink = IsPublicLink(path);
    }
}
