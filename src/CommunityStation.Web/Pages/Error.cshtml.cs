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

    /// <summary>Why the request was refused, when the portal knows (a size limit, say): shown instead of the generic text.</summary>
    public string? Problem { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        StatusCodeValue = code ?? 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Problem = HttpContext.Items[Infrastructure.Input.FormReadingMiddleware.ProblemKey] as string;
    }
}
