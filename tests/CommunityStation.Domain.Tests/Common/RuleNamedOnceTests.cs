using System.Text.RegularExpressions;

namespace CommunityStation.Domain.Tests.Common;

/// <summary>
/// Every refusal names its rule exactly once (issue 11 item 7: "（规则 H3）。（规则 H3）"). The rule travels in
/// <see cref="DomainException.Rule"/> and <see cref="RuleWarning.Rule"/>; the one presenter adds "（规则 X）". So the
/// domain's own texts must not name it too: that was the duplication.
/// </summary>
public sealed partial class RuleNamedOnceTests
{
    [GeneratedRegex(@"规则\s*[A-Z]\d*")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"(?:new\s+DomainException|new\s+RuleWarning|throw\s+new\s+DomainException|const\s+string)\b")]
    private static partial Regex TemplateLine();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    [Fact]
    public void Rule_no_refusal_or_warning_text_of_the_domain_names_its_rule_itself()
    {
        var root = Repository.Root();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "CommunityStation.Domain"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (TemplateLine().IsMatch(lines[i]) && Literal().Matches(lines[i]).Any(m => RuleCode().IsMatch(m.Value)))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Name the rule only in DomainException/RuleWarning's rule argument, not in the text:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Rule_a_warning_kept_with_a_record_names_its_rule_once()
    {
        var warning = new RuleWarning("H3", "一般应具有本科学历。");

        Assert.Equal("一般应具有本科学历。（规则 H3）", warning.ToString());
        Assert.Single(RuleCode().Matches(warning.ToString()));
    }

    [Fact]
    public void Rule_the_h3_age_refusal_names_no_rule_in_its_text()
    {
        var person = Staffing.StaffingFixture.PersonBorn(new DateOnly(1980, 1, 1));

        var refused = Rule.Refuses("H3", () => Eligibility.ChannelB(person, new DateOnly(2026, 12, 31), Staffing.StaffingFixture.Defaults, renewal: false));

        Assert.DoesNotMatch(RuleCode(), refused.Message);
    }
}
