using CommunityStation.Domain.Staffing;
using CommunityStation.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>
/// Imports existing staff from CSV or XLSX. Every row is either taken or refused with its line number and
/// every fault it has (not only the first); if any row is refused nothing is saved (one transaction, all or nothing). Idempotent: a row whose
/// person and workforce side are already recorded adds nothing, so importing the same file twice changes
/// nothing the second time (the page counts created, updated and unchanged rows).
/// </summary>
public sealed class ImportModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public static IReadOnlyList<string> Columns => StaffImportRow.Columns;

    public IReadOnlyList<(int Line, IReadOnlyList<string> Messages)> Refused { get; private set; } = [];

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() =>
        File(TableExport.ToCsv(Columns, [["张三", "11010519491231002X", "13800000000", "大专", "二级", "否", "否", "东虹社区", "工作站人员", "2024-01-01"]]), "text/csv; charset=utf-8", "staff-import-template.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["请选择 CSV 或 XLSX 文件。"]);
            return Page();
        }

        if (file.Length > 5 * 1024 * 1024)
        {
            ModelState.AddModelError("file", l["文件不能超过 5 MB。"]);
            return Page();
        }

        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            rows = TableImport.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or FormatException)
        {
            ModelState.AddModelError("file", l["无法读取该文件，请使用模板。"]);
            return Page();
        }

        var tenantId = access.TenantId!.Value;
        var communities = (await db.Communities.Select(c => new { c.Id, c.Name }).ToListAsync())
            .GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var existing = await db.People.ToDictionaryAsync(p => p.IdNumber);
        var assignments = await db.WorkforceAssignments.ToListAsync();
        var refused = new List<(int, IReadOnlyList<string>)>();
        var people = new List<Person>();
        var sides = new List<WorkforceAssignment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = new int[3];

        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var (row, faults) = StaffImportRow.Read(rows[i], communities, seen);
            if (row is null)
            {
                refused.Add((i + 1, [.. faults.Select(f => l.Describe(f))]));
                continue;
            }

            try
            {
                var created = false;
                var updated = false;
                if (existing.TryGetValue(row.IdNumber, out var person))
                {
                    updated = person.Update(row.Name, row.IdNumber, row.Phone, row.Education, row.Computer, row.SocialWorkMajor, row.SocialWorkerCertificate);
                }
                else
                {
                    person = new Person(tenantId, Guid.CreateVersion7(), row.Name, row.IdNumber, row.Phone, row.Education, row.Computer, row.SocialWorkMajor, row.SocialWorkerCertificate);
                    people.Add(person);
                    created = true;
                }

                // The same side again is not a second assignment: the exact one, else an open one whose start moves.
                var assignment = assignments.FirstOrDefault(a => a.Covers(person.Id, row.CommunityId, row.Side, row.From) && a.From == row.From)
                    ?? assignments.FirstOrDefault(a => a.Covers(person.Id, row.CommunityId, row.Side, row.From));
                if (assignment is null)
                {
                    sides.Add(new WorkforceAssignment(tenantId, Guid.CreateVersion7(), person.Id, row.CommunityId, row.Side, row.From, null));
                    created = true;
                }
                else
                {
                    updated |= assignment.MoveStart(row.From);
                }

                counts[created ? 0 : updated ? 1 : 2]++;
            }
            catch (DomainException e)
            {
                refused.Add((i + 1, [l.Describe(e)]));
            }
        }

        Refused = refused;
        Done = true;
        if (refused.Count > 0)
        {
            // All or nothing: a refused row means no row is taken (the tracked updates are never saved).
            db.ChangeTracker.Clear();
            return Page();
        }

        db.People.AddRange(people);
        db.WorkforceAssignments.AddRange(sides);
        await db.SaveChangesAsync();
        (Created, Updated, Unchanged) = (counts[0], counts[1], counts[2]);
        return Page();
    }
}
