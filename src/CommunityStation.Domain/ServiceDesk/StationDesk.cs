using CommunityStation.Domain.Common;
using CommunityStation.Domain.Duties;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>B5: a service desk (服务台) of a station: its number, the duty areas and items it serves.</summary>
public sealed class StationDesk : TenantEntity
{
    public StationDesk(Guid tenantId, Guid id, Guid stationId, int number, string name, IReadOnlyCollection<string> dutyAreaCodes, IReadOnlyCollection<Guid> serviceItemIds)

        : base(tenantId, id)
    {
        StationId = stationId;
        Update(number, name, dutyAreaCodes, serviceItemIds, isActive: true);
    }

    private StationDesk()
    {
    }

    public Guid StationId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public List<string> DutyAreaCodes { get; private set; } = [];

    public List<Guid> ServiceItemIds { get; private set; } = [];

    public bool IsActive { get; private set; }

    public uint Version { get; private set; }

    public void Update(int number, string name, IReadOnlyCollection<string> dutyAreaCodes, IReadOnlyCollection<Guid> serviceItemIds, bool isActive)
    {
        ArgumentNullException.ThrowIfNull(dutyAreaCodes);
        ArgumentNullException.ThrowIfNull(serviceItemIds);
        if (number is < 1 or > 99)
        {
            throw new DomainException("B5", "服务台编号须在 1 到 99 之间。", "Number");
        }

        if (dutyAreaCodes.Count == 0 || dutyAreaCodes.Any(c => !DutyArea.Codes.Contains(c)))
        {
            throw new DomainException("B5", "每个服务台至少承担一个职责领域（D1–D10）。", "DutyAreaCodes");
        }

        var folded = TextNormalizer.Text(name);
        Number = number;
        Name = folded.Length <= 30 ? folded : throw new DomainException("B5", "名称不超过 30 个字。", "Name");
        DutyAreaCodes = [.. dutyAreaCodes.Distinct().OrderBy(c => DutyArea.Codes.ToList().IndexOf(c))];
        ServiceItemIds = [.. serviceItemIds.Distinct()];
        IsActive = isActive;
    }
}

/// <summary>B5: who is on duty at a desk on a day of the week (name and post are public).</summary>
public sealed class DeskDuty : TenantEntity
{
    public DeskDuty(Guid tenantId, Guid id, Guid deskId, DayOfWeek day, Guid userId, string staffName, string post)

        : base(tenantId, id)
    {
        DeskId = deskId;
        Day = day;
        UserId = userId;
        StaffName = staffName;
        Post = TextNormalizer.Text(post) is { Length: > 0 and <= 20 } p ? p : "工作人员";
    }

    private DeskDuty()
    {
    }

    public Guid DeskId { get; private set; }

    public DayOfWeek Day { get; private set; }

    public Guid UserId { get; private set; }

    public string StaffName { get; private set; } = string.Empty;

    public string Post { get; private set; } = string.Empty;
}
