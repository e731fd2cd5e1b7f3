using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CommunityStation.Web.Infrastructure.Rules;

/// <summary>
/// The one place a rule code shows on a page (issue 11 item 8): <c>&lt;rule code="H6" /&gt;</c> renders a small
/// "（规则 H6）" hint whose tooltip says what the rule asks (<see cref="Hint"/>) or names the policy. Labels,
/// headings, options and buttons carry names only; a page names a rule once, in this element or in a refusal.
/// <c>Pages/CodeSweepTests</c> fails on a bare code anywhere else in those.
/// </summary>
[HtmlTargetElement("rule", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RuleTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    /// <summary>The class every rule hint carries (the code sweep skips it).</summary>
    public const string CssClass = "rule-ref";

    /// <summary>The rule code from RULES.md ("H6"; several as "S3、S4").</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>What the rule asks, already in the reader's language; the tooltip. Without it the tooltip names the policy.</summary>
    public string? Hint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "small";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", CssClass + " text-muted");
        output.Attributes.SetAttribute("data-rule", Code);
        output.Attributes.SetAttribute("title", string.IsNullOrWhiteSpace(Hint) ? localizer["宜政办发[2008]168号"].Value : Hint);
        output.Content.SetContent(localizer["（规则 {0}）", Code].Value);
    }
}
