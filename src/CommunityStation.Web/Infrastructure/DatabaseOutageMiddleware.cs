using System.Net;
using CommunityStation.Infrastructure.Database;
using Microsoft.AspNetCore.Http.Features;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Turns "the database cannot be reached" (<see cref="DatabaseOutage.IsOutage"/>), wherever in the request
/// it surfaces, into a 503 with the localised error page, in every environment: never a blank page or a
/// stack trace. The detail goes to the log only. The error page runs without a transaction
/// (<see cref="NoUnitOfWorkAttribute"/>); should even that fail, a plain page of the same text is sent.
/// </summary>
public sealed partial class DatabaseOutageMiddleware
{
    public const int RetryAfterSeconds = 30;

    private readonly RequestDelegate _next;
    private readonly ILogger<DatabaseOutageMiddleware> _logger;

    public DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await _next(context);
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e) && !context.Response.HasStarted)
        {
            LogOutage(_logger, e, context.Request.Method, context.Request.Path);
            DatabaseOutageHandling.MarkOutage(context, e);
            await RenderErrorPageAsync(context);
        }
    }

    private async Task RenderErrorPageAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var query = context.Request.QueryString;
        try
        {
            PrepareResponse(context);

            // Re-run the pipeline for the error page, as UseExceptionHandler does: routing picks /Error afresh.
            context.Request.Path = "/Error";
            context.Request.QueryString = new QueryString("?code=503");
            context.SetEndpoint(null);
            context.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
            await _next(context);
        }
        catch (Exception again) when (!context.Response.HasStarted)
        {
            LogErrorPageFailed(_logger, again);
            PrepareResponse(context);
            await WritePlainPageAsync(context);
        }
        finally
        {
            context.Request.Path = path;
            context.Request.QueryString = query;
        }
    }

    private static void PrepareResponse(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
    }

    private static Task WritePlainPageAsync(HttpContext context)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{(english ? "en" : "zh-CN")}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(l["服务暂时不可用"])}</title></head>
            <body><h1>{WebUtility.HtmlEncode(l["服务暂时不可用"])}</h1><p>{WebUtility.HtmlEncode(l[DatabaseOutageHandling.Explanation])}</p><p><a href="/">{WebUtility.HtmlEncode(l["返回首页"])}</a></p></body></html>
            """);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable: {Method} {Path} answered 503")]
    private static partial void LogOutage(ILogger logger, Exception exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The error page failed during a database outage; sent the plain page")]
    private static partial void LogErrorPageFailed(ILogger logger, Exception exception);
}
