using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// P1: one line of the town's staff import (the register of people and the workforce side each is on).
/// <see cref="Parse"/> reads and checks a line; a line that breaks a rule is refused with the reason.
/// </summary>
public sealed record StaffImportRow(
    string Name, string IdNumber, string Phone, Education Education, ComputerSkill Computer, bool SocialWorkMajor, bool SocialWorkerCertificate,
    Guid CommunityId, WorkforceSide Side, DateOnly From)
{
    /// <summary>The columns, in order, as the template's header.</summary>
    public static readonly IReadOnlyList<string> Columns = ["姓名", "身份证号码", "手机号码", "学历", "计算机", "社会工作专业", "社工证", "社区", "队伍", "起始日期"];

    /// <summary>
    /// Reads one line, recording every refusal on <paramref name="line"/> (null when any). <paramref name="communities"/>
    /// are the tenant's communities by name; <paramref name="seenIdNumbers"/> collects the ID numbers of the lines read so
    /// far (a repeat is refused).
    /// </summary>
    public static StaffImportRow? Parse(ImportLine line, IReadOnlyList<string> cells, IReadOnlyDictionary<string, Guid> communities, ISet<string> seenIdNumbers)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentNullException.ThrowIfNull(seenIdNumbers);
        // Codes (ID number, phone, dates) fold full-width digits; names and labels stay as typed.
        string Cell(int index) => index < cells.Count ? (index is 1 or 2 or 9 ? TextNormalizer.FoldWidth(cells[index]) : TextNormalizer.Text(cells[index])) : string.Empty;

        var name = Cell(0);
        if (name.Length is 0 or > 30)
        {
            line.Refuse(new DomainException("P1", "请填写姓名（不超过 30 个字）。"));
        }

        if (Cell(2).Length > 0 && !ChinesePhoneNumber.TryParse(Cell(2), out _, out _))
        {
            line.Refuse(new DomainException("P1", "联系电话无效：请填写手机号码或带区号的固定电话。"));
        }

        var education = line.Check(() => ParseEducation(Cell(3)) ?? throw new DomainException("P1", "学历“{0}”无法识别。", null, Cell(3)));
        var computer = Cell(4) switch { "二级" or "国家二级" or "省二级" or "Level2" => ComputerSkill.Level2, "会" or "基本" or "Basic" => ComputerSkill.Basic, _ => ComputerSkill.None };
        var community = line.Check(() => communities.TryGetValue(Cell(7), out var c) ? c : throw new DomainException("P1", "本镇（街道）没有社区“{0}”。", null, Cell(7)));
        var side = line.Check(() => Cell(8) switch
        {
            "党组织专职" or "党组织专职人员" => WorkforceSide.PartyStaff,
            "居委会成员" => WorkforceSide.RcMember,
            "协管员" => WorkforceSide.Assistant,
            "工作站人员" => WorkforceSide.StationStaff,
            _ => throw new DomainException("P1", "队伍“{0}”无法识别（党组织专职、居委会成员、协管员、工作站人员）。", null, Cell(8)),
        });
        var from = line.Date(Cell(9), "起始日期", "P1");
        var id = line.Check(() => ChineseIdNumber.TryParse(Cell(1), out var parsed, out _)
            ? parsed!.Value
            : throw new DomainException("P1", "身份证号码无效（GB 11643）。"));
        if (id is not null && !seenIdNumbers.Add(id))
        {
            line.Refuse(new DomainException("P1", "与文件中前面的行身份证号码重复。"));
        }

        return line.IsRefused ? null : new StaffImportRow(name, id!, Cell(2), education, computer, IsYes(Cell(5)), IsYes(Cell(6)), community, side, from);
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
