using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>
/// The last case number a station used in a year. Incremented with a row lock inside the intake
/// transaction, so numbers are unique and gap-free even under concurrent intake.
/// </summary>
public sealed class CaseCounter : ITenantOwned
{
    private CaseCounter()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid StationId { get; private set; }

    public int Year { get; private set; }

    public int LastSequence { get; private set; }
}
