using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CommunityStation.Web.Infrastructure.Access;

/// <summary>
/// Every link to a page the user may not open is rendered as plain text, so no page shows a link
/// that ends in "access denied" (issue 9, finding 11). Runs after the anchor tag helper has made the href.
/// </summary>
[HtmlTargetElement("a")]
public sealed class AccessLinkTagHelper : TagHelper
{
    private readonly UserAccess _access;
    private readonly PageCatalog _catalog;

    public AccessLinkTagHelper(UserAccess access, PageCatalog catalog)
    {
        _access = access;
        _catalog = catalog;
    }

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.TryGetAttribute("href", out var href) || Text(href.Value) is not { } path)
        {
            return;
        }

        if (!_catalog.MayOpen(_access.Role, path))
        {
            // A link styled as a button is an action the user cannot take: leave it out. A link in text
            // or a table (a station's name, say) keeps its words, as plain text.
            if (output.Attributes.TryGetAttribute("class", out var css) && Text(css.Value)?.Split(' ').Contains("btn") == true)
            {
                output.SuppressOutput();
                return;
            }

            output.TagName = "span";
            output.Attributes.RemoveAll("href");
            output.Attributes.SetAttribute("data-link-hidden", "true");
        }
    }

    private static string? Text(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case Microsoft.AspNetCore.Html.IHtmlContent html:
                using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
                    return System.Net.WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return value.ToString();
        }
    }
}
