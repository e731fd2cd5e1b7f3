using CommunityStation.Domain.Common;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Domain.Communities;

/// <summary>
/// A town official's import of the town's communities (XLSX or CSV, one per line). A line is the community of its name:
/// a new name creates one; an existing community with the same particulars changes nothing (the same file imported twice
/// changes nothing); different particulars are refused unless the official asked to update existing communities (the
/// yearly household count, a new RC term). A retired community's name is refused. The secretary and the director are
/// people on the community's workforce today (S3, by person), found by ID number or by a name only one of them bears.
/// </summary>
public static class CommunityImport
{
    public static readonly IReadOnlyList<string> Columns = ["社区名称", "户数", "居委会任期开始", "居委会任期结束", "社区党组织", "党组织书记", "居委会主任"];

    /// <summary>A line of the template (the header is <see cref="Columns"/>).</summary>
    public static readonly IReadOnlyList<string> Example = ["东虹社区", "2480", "2024-01-01", "2028-12-31", "中共东虹社区委员会", string.Empty, string.Empty];

    /// <param name="lines">The file's lines after the header.</param>
    /// <param name="existing">The tenant's communities, retired ones included.</param>
    /// <param name="officer">The person of a community's people today named by a cell (ID number, or a name only one bears); null if none.</param>
    public static ImportPlan<Community> Plan(
        Guid tenantId, IEnumerable<(int Line, IReadOnlyList<string> Cells)> lines, IReadOnlyCollection<Community> existing, Func<Guid, string, Person?> officer, bool updateExisting)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(officer);
        var plan = new ImportPlan<Community>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, cells) in lines)
        {
            string Cell(int i) => i < cells.Count ? TextNormalizer.Text(cells[i]) : string.Empty;
            var line = new ImportLine(number);
            var name = line.Check(() => Community.RequireName(Cell(0)));
            var households = line.WholeNumber(Cell(1), "户数", "S1");
            var start = line.Date(Cell(2), "居委会任期开始");
            var end = line.Date(Cell(3), "居委会任期结束");
            var party = TextNormalizer.NullIfBlank(Cell(4));
            if (party is { Length: > 100 })
            {
                line.Refuse(new DomainException(string.Empty, "社区党组织不超过 {0} 个字。", null, "100"));
            }

            if (name is not null && seen.TryGetValue(name, out var first))
            {
                line.Refuse(new DomainException(string.Empty, "社区名称{0}与第 {1} 行重复。", null, name, first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (name is not null)
            {
                seen[name] = number;
            }

            var match = name is null ? null : existing.FirstOrDefault(c => c.Name == name);
            if (match is { IsRetired: true })
            {
                line.Refuse(new DomainException(string.Empty, "社区{0}已撤并，不能再导入。", null, name!));
            }

            var secretary = Officer(line, match, Cell(5), "党组织书记", officer);
            var director = Officer(line, match, Cell(6), "居委会主任", officer);
            var community = line.IsRefused ? null : line.Check(() => match ?? new Community(tenantId, Guid.CreateVersion7(), name!, households, start, end));
            if (community is null || !plan.Accept(line))
            {
                plan.Accept(line);
                continue;
            }

            if (match is null)
            {
                line.Check(() => Apply(community, households, start, end, party, director, secretary));
                if (plan.Accept(line))
                {
                    plan.Add(community);
                    plan.Count(ImportOutcome.Created);
                }
            }
            else if (match.Households == households && match.RcTermStart == start && match.RcTermEnd == end && match.PartyOrganisation == party
                && match.PartySecretaryId == secretary?.Id && match.RcDirectorId == director?.Id)
            {
                plan.Count(ImportOutcome.Unchanged);
            }
            else if (!updateExisting)
            {
                line.Refuse(new DomainException(string.Empty, "社区{0}已存在，内容与文件不同；要更新已有社区，请勾选“更新已有记录”。", null, name!));
                plan.Accept(line);
            }
            else
            {
                line.Check(() => Apply(match, households, start, end, party, director, secretary));
                if (plan.Accept(line))
                {
                    plan.Count(ImportOutcome.Updated);
                }
            }
        }

        return plan;
    }

    private static bool Apply(Community community, int households, DateOnly start, DateOnly end, string? party, Person? director, Person? secretary)
    {
        community.UpdateParticulars(households, start, end, party, director, secretary);
        return true;
    }

    /// <summary>S3: an officer cell names one of the community's people today; a new community has none yet.</summary>
    private static Person? Officer(ImportLine line, Community? community, string text, string label, Func<Guid, string, Person?> find)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (community is null)
        {
            line.Refuse(new DomainException("S3", "新社区还没有人员，{0}请先留空：导入人员后，再勾选“更新已有记录”导入一次。", null, label));
            return null;
        }

        return find(community.Id, text) ?? line.Check<Person?>(() =>
            throw new DomainException("S3", "{0}“{1}”不是本社区现有人员（按身份证号码或姓名查找）。", null, label, text));
    }
}
