using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>
/// Imports existing staff from CSV or XLSX. Every row is either taken or refused with its line number and every
/// reason; if any row is refused nothing is saved (one transaction, all or nothing). Idempotent: a row whose person
/// and workforce side are already recorded adds nothing, so importing the same file twice changes nothing the second
/// time (the page counts created, updated and unchanged rows).
/// </summary>
public sealed class ImportModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> l) : ImportPageModel(l)
{
    public override IReadOnlyList<string> Columns => StaffImportRow.Columns;

    public override string Title => "批量导入人员";

    public Task<IActionResult> OnGetTemplateAsync(string? format) =>
        TemplateAsync(format, "staff-import-template", ["张三", "11010519491231002X", "13800000000", "大专", "二级", "否", "否", "东虹社区", "工作站人员", "2024-01-01"]);

    protected override async Task ImportAsync(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        var tenantId = access.TenantId!.Value;
        var communities = (await db.Communities.Where(c => c.RetiredOn == null).Select(c => new { c.Id, c.Name }).ToListAsync())
            .GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var existing = await db.People.ToDictionaryAsync(p => p.IdNumber);
        var assignments = await db.WorkforceAssignments.ToListAsync();
        var plan = new ImportPlan<object>();
        var people = new List<Person>();
        var sides = new List<WorkforceAssignment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (number, cells) in lines)
        {
            var line = new ImportLine(number);
            if (StaffImportRow.Parse(line, cells, communities, seen) is not { } row)
            {
                plan.Accept(line);
                continue;
            }

            var outcome = line.Check(() => Take(row));
            if (plan.Accept(line))
            {
                plan.Count(outcome);
            }
        }

        ImportOutcome Take(StaffImportRow row)
        {
            var isNew = false;
            var updated = false;
            if (existing.TryGetValue(row.IdNumber, out var person))
            {
                updated = person.Update(row.Name, row.IdNumber, row.Phone, row.Education, row.Computer, row.SocialWorkMajor, row.SocialWorkerCertificate);
            }
            else
            {
                person = new Person(tenantId, Guid.CreateVersion7(), row.Name, row.IdNumber, row.Phone, row.Education, row.Computer, row.SocialWorkMajor, row.SocialWorkerCertificate);
                people.Add(person);
                existing[row.IdNumber] = person;
                isNew = true;
            }

            // The same side again is not a second assignment: the exact one, else an open one whose start moves.
            var assignment = assignments.FirstOrDefault(a => a.Covers(person.Id, row.CommunityId, row.Side, row.From) && a.From == row.From)
                ?? assignments.FirstOrDefault(a => a.Covers(person.Id, row.CommunityId, row.Side, row.From));
            if (assignment is null)
            {
                var side = new WorkforceAssignment(tenantId, Guid.CreateVersion7(), person.Id, row.CommunityId, row.Side, row.From, null);
                sides.Add(side);
                assignments.Add(side);
                isNew = true;
            }
            else
            {
                updated |= assignment.MoveStart(row.From);
            }

            return isNew ? ImportOutcome.Created : updated ? ImportOutcome.Updated : ImportOutcome.Unchanged;
        }

        if (!Report(plan))
        {
            // All or nothing: a refused row means no row is taken (the tracked updates are never saved).
            db.ChangeTracker.Clear();
            return;
        }

        db.People.AddRange(people);
        db.WorkforceAssignments.AddRange(sides);
        await db.SaveChangesAsync();
    }
}
