using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>The portal's public address (<c>Portal:PublicBaseUrl</c>), e.g. <c>https://shequ.yixing.gov.cn</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Absolute links that leave the portal on paper (the receipt's QR code and links): always on the configured
/// public address, never on the request's Host, which behind a proxy is an internal name and from a client
/// could be anything it sent. The address is checked when the portal starts.
/// </summary>
public sealed class PublicLinks(IOptions<PortalOptions> options)
{
    private readonly Uri _base = Parse(options.Value.PublicBaseUrl);

    /// <summary>The absolute address of a portal path ("/s/yicheng/…").</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _base.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    /// <summary>The configured address as a URI, or why it is not one.</summary>
    public static Uri Parse(string? configured) =>
        Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : throw new OptionsValidationException(PortalOptions.Section, typeof(PortalOptions),
                [$"Portal:PublicBaseUrl must be the portal's public http(s) address, e.g. https://shequ.example.gov.cn (it is '{configured}'). Receipts' QR codes link to it."]);
}
