using System.Globalization;
using CommunityStation.Domain.Common;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>
/// Imports existing staff from CSV or XLSX. Every row is either taken or refused with its line number and
/// reason; if any row is refused nothing is saved (one transaction, all or nothing). Idempotent: a row whose
/// person and workforce side are already recorded adds nothing, so importing the same file twice changes
/// nothing the second time (the page counts created, updated and unchanged rows).
/// </summary>
[Authorize(Roles = AppRoles.TownOfficial)]
public sealed class ImportModel : PageModel
{
    public static readonly string[] Columns = ["姓名", "身份证号码", "手机号码", "学历", "计算机", "社会工作专业", "社工证", "社区", "队伍", "起始日期"];

    private readonly AppDbContext _db;
    private readonly IStringLocalizer<SharedResource> _l;

    public ImportModel(AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _l = l;
    }

    public IReadOnlyList<(int Line, string Message)> Refused { get; private set; } = [];

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
            ModelState.AddModelError("file", _l["请选择 CSV 或 XLSX 文件。"]);
            return Page();
        }

        if (file.Length > 5 * 1024 * 1024)
        {
            ModelState.AddModelError("file", _l["文件不能超过 5 MB。"]);
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
            ModelState.AddModelError("file", _l["无法读取该文件，请使用模板。"]);
            return Page();
        }

        var tenantId = User.TenantId()!.Value;
        var communities = await _db.Communities.Select(c => new { c.Id, c.Name }).ToListAsync();
        var existing = await _db.People.ToDictionaryAsync(p => p.IdNumber);
        var assignments = await _db.WorkforceAssignments.ToListAsync();
        var refused = new List<(int, string)>();
        var people = new List<Person>();
        var sides = new List<WorkforceAssignment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = new int[3];

        for (var i = 1; i < rows.Count; i++)
        {
            var line = i + 1;
            var r = rows[i];
            if (r.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Cell(int index) => index < r.Count ? TextNormalizer.FoldWidth(r[index]) : string.Empty;
            try
            {
                var education = ParseEducation(Cell(3)) ?? throw new DomainException("P1", "学历“{0}”无法识别。", null, Cell(3));
                var computer = Cell(4) switch { "二级" or "国家二级" or "省二级" or "Level2" => ComputerSkill.Level2, "会" or "基本" or "Basic" => ComputerSkill.Basic, _ => ComputerSkill.None };
                var community = communities.FirstOrDefault(c => c.Name == Cell(7)) ?? throw new DomainException("P1", "本镇（街道）没有社区“{0}”。", null, Cell(7));
                var side = Cell(8) switch
                {
                    "党组织专职" or "党组织专职人员" => WorkforceSide.PartyStaff,
                    "居委会成员" => WorkforceSide.RcMember,
                    "协管员" => WorkforceSide.Assistant,
                    "工作站人员" => WorkforceSide.StationStaff,
                    _ => throw new DomainException("P1", "队伍“{0}”无法识别（党组织专职、居委会成员、协管员、工作站人员）。", null, Cell(8)),
                };
                var from = DateOnly.TryParseExact(Cell(9), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw new DomainException("P1", "起始日期“{0}”无效（格式 2024-01-01）。", null, Cell(9));
                if (!ChineseIdNumber.TryParse(Cell(1), out var id, out _))
                {
                    throw new DomainException("P1", "身份证号码无效（GB 11643）。");
                }

                if (!seen.Add(id!.Value))
                {
                    throw new DomainException("P1", "与文件中前面的行身份证号码重复。");
                }

                var created = false;
                var updated = false;
                if (existing.TryGetValue(id.Value, out var person))
                {
                    updated = person.Update(Cell(0), Cell(1), Cell(2), education, computer, IsYes(Cell(5)), IsYes(Cell(6)));
                }
                else
                {
                    person = new Person(tenantId, Guid.CreateVersion7(), Cell(0), Cell(1), Cell(2), education, computer, IsYes(Cell(5)), IsYes(Cell(6)));
                    people.Add(person);
                    created = true;
                }

                // The same side again is not a second assignment: the exact one, else an open one whose start moves.
                var assignment = assignments.FirstOrDefault(a => a.Covers(person.Id, community.Id, side, from) && a.From == from)
                    ?? assignments.FirstOrDefault(a => a.Covers(person.Id, community.Id, side, from));
                if (assignment is null)
                {
                    sides.Add(new WorkforceAssignment(tenantId, Guid.CreateVersion7(), person.Id, community.Id, side, from, null));
                    created = true;
                }
                else
                {
                    updated |= assignment.MoveStart(from);
                }

                counts[created ? 0 : updated ? 1 : 2]++;
            }
            catch (DomainException e)
            {
                refused.Add((line, _l.Describe(e)));
            }
        }

        Refused = refused;
        Done = true;
        if (refused.Count > 0)
        {
            // All or nothing: a refused row means no row is taken (the tracked updates are never saved).
            _db.ChangeTracker.Clear();
            return Page();
        }

        _db.People.AddRange(people);
        _db.WorkforceAssignments.AddRange(sides);
        await _db.SaveChangesAsync();
        (Created, Updated, Unchanged) = (counts[0], counts[1], counts[2]);
        return Page();
    }

    private static bool IsYes(string text) => text is "是" or "有" or "Y" or "y" or "yes" or "1" or "true";

    private static Education? ParseEducation(string text) => text switch
    {
        "初中" => Education.JuniorHigh,
        "高中" => Education.HighSchool,
        "中专" => Education.Secondary,
        "大专" => Education.JuniorCollege,
        "本科" => Education.Bachelor,
        "研究生" or "硕士" or "博士" => Education.Postgraduate,
        _ => null,
    };
}
