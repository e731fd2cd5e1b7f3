using CommunityStation.Web.Infrastructure.Access;

namespace CommunityStation.Web.Tests.Security;

/// <summary>
/// docs/access.md's role table is generated from <see cref="AccessDeclaration"/>, and this test fails
/// when they drift. Regenerate with <c>CS_UPDATE_DOCS=1 dotnet test --filter AccessDocsTests</c>.
/// </summary>
public sealed class AccessDocsTests
{
    private const string Begin = "<!-- generated from AccessDeclaration: begin -->";
    private const string End = "<!-- generated from AccessDeclaration: end -->";

    [Fact]
    public void The_role_table_in_the_docs_matches_the_declaration()
    {
        var path = Path.Combine(TestPostgres.RepositoryRoot(), "docs", "access.md");
        var current = File.ReadAllText(path);
        var start = current.IndexOf(Begin, StringComparison.Ordinal);
        var end = current.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} lacks the generated section markers");
        var expected = current[..(start + Begin.Length)] + "\n" + Table() + current[end..];
        if (Environment.GetEnvironmentVariable("CS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, current);
    }

    private static string Table()
    {
        string[] roles = [AppRoles.Admin, AppRoles.Bureau, AppRoles.TownOfficial, AppRoles.RcOfficer, AppRoles.StationHead, AppRoles.DeskStaff];
        var text = new StringBuilder();
        text.Append("| role | reach |\n| --- | --- |\n");
        foreach (var role in roles)
        {
            text.Append("| ").Append(role).Append(" | ").Append(AccessDeclaration.ReachOf(role)).Append(" |\n");
        }

        text.Append("\n| capability | pages | ").Append(string.Join(" | ", roles)).Append(" |\n| --- | --- |").Append(string.Concat(roles.Select(_ => " :-: |"))).Append('\n');
        foreach (var capability in Enum.GetValues<Capability>())
        {
            var pages = AccessDeclaration.Pages.Where(p => p.Value == capability).Select(p => "`" + p.Key + "`").OrderBy(p => p, StringComparer.Ordinal);
            text.Append("| ").Append(capability).Append(" | ").Append(string.Join(" ", pages)).Append(" |");
            foreach (var role in roles)
            {
                text.Append(' ').Append(AccessDeclaration.Allows(role, capability) ? "✓" : string.Empty).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
