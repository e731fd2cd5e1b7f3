using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Tenancy;

/// <summary>
/// The administrator's import of towns, subdistricts and zone committees (XLSX or CSV, one per line). A line is the
/// tenant of its URL code: a new code creates one; the code of an existing tenant with the same particulars changes
/// nothing (so the same file imported twice changes nothing); different particulars are refused unless the administrator
/// asked to update existing tenants. A name or division code that belongs to another tenant, or the code of a retired
/// one (never reused), is refused with its line named.
/// </summary>
public static class TenantImport
{
    public static readonly IReadOnlyList<string> Columns = ["名称", "类型", "区划代码", "简码"];

    /// <summary>A line of the template (the header is <see cref="Columns"/>).</summary>
    public static readonly IReadOnlyList<string> Example = ["宜城街道", "街道", "320282001", "yicheng"];

    public static ImportPlan<Tenant> Plan(IEnumerable<(int Line, IReadOnlyList<string> Cells)> lines, IReadOnlyCollection<Tenant> existing, bool updateExisting)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(existing);
        var plan = new ImportPlan<Tenant>();
        var taken = existing.ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, cells) in lines)
        {
            string Cell(int i) => i < cells.Count ? TextNormalizer.Text(cells[i]) : string.Empty;
            var line = new ImportLine(number);
            var name = line.Check(() => Tenant.RequireName(Cell(0)));
            var kind = line.Check(() => Tenant.ParseKind(Cell(1)) ?? throw new DomainException(string.Empty, "类型“{0}”无法识别（镇、街道或管委会）。", null, Cell(1)));
            var official = line.Check(() => Tenant.CheckOfficialCode(Cell(2)));
            var code = line.Check(() => Tenant.RequireCode(Cell(3)));
            if (!line.IsRefused)
            {
                Repeated(line, seen, "简码 " + code, "简码 {0} 与第 {1} 行重复。", code);
                Repeated(line, seen, "名称 " + name, "名称{0}与第 {1} 行重复。", name);
                if (official is not null)
                {
                    Repeated(line, seen, "区划代码 " + official, "区划代码 {0} 与第 {1} 行重复。", official);
                }
            }

            var match = line.IsRefused ? null : Match(line, taken, code, name, official);
            if (!plan.Accept(line))
            {
                continue;
            }

            if (match is null)
            {
                var created = Tenant.Create(Guid.CreateVersion7(), code, name, kind, official);
                plan.Add(created);
                taken.Add(created);
                plan.Count(ImportOutcome.Created);
            }
            else if (match.Name == name && match.Kind == kind && match.OfficialCode == official)
            {
                plan.Count(ImportOutcome.Unchanged);
            }
            else if (!updateExisting)
            {
                line.Refuse(new DomainException(string.Empty, "简码 {0} 已存在（{1}），内容与文件不同；要更新已有的镇（街道），请勾选“更新已有记录”。", null, code, match.Name));
                plan.Accept(line);
            }
            else
            {
                match.Update(name, kind, official);
                plan.Count(ImportOutcome.Updated);
            }
        }

        return plan;
    }

    /// <summary>The existing tenant the line is about (by its URL code), after refusing what would collide with another.</summary>
    private static Tenant? Match(ImportLine line, List<Tenant> taken, string code, string name, string? official)
    {
        var byCode = taken.FirstOrDefault(t => t.Code == code);
        if (byCode is { IsRetired: true })
        {
            line.Refuse(new DomainException(string.Empty, "简码 {0} 属于已撤销的{1}，不能再用。", null, code, byCode.Name));
        }

        if (taken.FirstOrDefault(t => t.Name == name) is { } byName && byName != byCode)
        {
            line.Refuse(new DomainException(string.Empty, "名称{0}已被简码 {1} 使用。", null, name, byName.Code));
        }

        if (official is not null && taken.FirstOrDefault(t => t.OfficialCode == official) is { } byOfficial && byOfficial != byCode)
        {
            line.Refuse(new DomainException(string.Empty, "区划代码 {0} 已被{1}使用。", null, official, byOfficial.Name));
        }

        return byCode;
    }

    private static void Repeated(ImportLine line, Dictionary<string, int> seen, string key, string message, string value)
    {
        if (seen.TryGetValue(key, out var first))
        {
            line.Refuse(new DomainException(string.Empty, message, null, value, first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            seen[key] = line.Number;
        }
    }
}
