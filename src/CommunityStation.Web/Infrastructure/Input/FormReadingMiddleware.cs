using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>
/// Reads a posted form once, before anything else does, so that a request the framework cannot read
/// gets a clear answer instead of a bare 400 or 500:
/// <list type="bullet">
/// <item>too large (body, one field, too many fields): 413 and the error page names the limit;</item>
/// <item>a URL-encoded NUL (%00), which ASP.NET Core's form reader rejects outright: the form is parsed
/// leniently instead, so the model binder refuses the NUL as a field error like any other control character.</item>
/// </list>
/// </summary>
public sealed class FormReadingMiddleware
{
    /// <summary>The HttpContext.Items key under which the error page finds the message to show.</summary>
    public const string ProblemKey = "cs.request-problem";

    private readonly RequestDelegate _next;

    public FormReadingMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        // Also skipped when the error page is re-executed for a request refused here.
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !request.HasFormContentType || context.Items.ContainsKey(ProblemKey))
        {
            await _next(context);
            return;
        }

        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (request.ContentLength > RequestLimits.BodyBytes)
        {
            Refuse(context, l["提交的内容超过了 {0} MB 的上限，没有保存。上传文件请先压缩或拆分。", RequestLimits.BodyMegabytes]);
            return;
        }

        var urlEncoded = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (urlEncoded)
        {
            // Small (bounded by the field limits), and needed to parse again after a %00.
            request.EnableBuffering();
        }

        try
        {
            await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException ex) when (urlEncoded && ex.InnerException is InvalidOperationException)
        {
            // "The form value contains invalid characters": a %00.
            request.Body.Position = 0;
            if (await ParseLenientlyAsync(request) is { } form)
            {
                context.Features.Set<IFormFeature>(new FormFeature(form));
            }
            else
            {
                Refuse(context, l["某一项内容超过了 {0} MB 的上限，没有保存。", RequestLimits.FieldMegabytes]);
                return;
            }
        }
        catch (InvalidDataException ex)
        {
            Refuse(context, ex.Message.Contains("count", StringComparison.OrdinalIgnoreCase)
                ? l["提交的字段超过了 {0} 个的上限，没有保存。", RequestLimits.FieldCount]
                : ex.Message.Contains("Multipart body", StringComparison.OrdinalIgnoreCase)
                    ? l["提交的内容超过了 {0} MB 的上限，没有保存。上传文件请先压缩或拆分。", RequestLimits.BodyMegabytes]
                    : l["某一项内容超过了 {0} MB 的上限，没有保存。", RequestLimits.FieldMegabytes]);
            return;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context, l["提交的内容超过了 {0} MB 的上限，没有保存。上传文件请先压缩或拆分。", RequestLimits.BodyMegabytes]);
            return;
        }

        await _next(context);
    }

    private static void Refuse(HttpContext context, string message)
    {
        // Later readers (the re-executed error page) see an empty form rather than the failed one.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Items[ProblemKey] = message;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    /// <summary>application/x-www-form-urlencoded by hand, NUL allowed; null when a value breaks the field limit.</summary>
    private static async Task<FormCollection?> ParseLenientlyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (value.Length > RequestLimits.FieldBytes || fields.Count >= RequestLimits.FieldCount)
            {
                return null;
            }

            fields[key] = fields.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }

        return new FormCollection(fields);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
