using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

public enum StationStatus { Registered = 1, Deregistered = 2 }

/// <summary>
/// A registered community affairs workstation (N1: a private non-enterprise unit hosted by the RC).
/// It comes into being only through <see cref="StationApplication.Register"/> (R3).
/// </summary>
public sealed class Station : TenantEntity
{
    internal Station(Guid tenantId, Guid id, Guid communityId, string name, string registrationNumber, string uscc, DateOnly registrationDate, ApplicationParticulars particulars)

        : base(tenantId, id)
    {
        CommunityId = communityId;
        Name = name;
        RegistrationNumber = registrationNumber;
        Uscc = uscc;
        RegistrationDate = registrationDate;
        Status = StationStatus.Registered;
        ApplyParticulars(particulars);
    }

    private Station()
    {
    }

    public Guid CommunityId { get; private set; }

    /// <summary>R5: the uniform name.</summary>
    public string Name { get; private set; } = string.Empty;

    public StationStatus Status { get; private set; }

    public string RegistrationNumber { get; private set; } = string.Empty;

    /// <summary>Unified social credit code (GB 32100).</summary>
    public string Uscc { get; private set; } = string.Empty;

    public DateOnly RegistrationDate { get; private set; }

    public DateOnly? DeregisteredOn { get; private set; }

    public string HeadName { get; private set; } = string.Empty;

    public string? HeadIdNumber { get; private set; }

    public string? HeadPhone { get; private set; }

    /// <summary>B3: the community affairs service hall.</summary>
    public string PremisesAddress { get; private set; } = string.Empty;

    public decimal PremisesAreaSqm { get; private set; }

    public decimal RegisteredCapital { get; private set; }

    public uint Version { get; private set; }

    internal void ApplyParticulars(ApplicationParticulars particulars)
    {
        HeadName = particulars.HeadName;
        HeadIdNumber = particulars.HeadIdNumber;
        HeadPhone = particulars.HeadPhone;
        PremisesAddress = particulars.PremisesAddress;
        PremisesAreaSqm = particulars.PremisesAreaSqm;
        RegisteredCapital = particulars.RegisteredCapital;
    }

    /// <summary>
    /// R5: the registered name follows a renamed community (or tenant) only through a registered change application,
    /// whose name was composed from the names in force when it was started.
    /// </summary>
    internal void TakeRegisteredName(string name) => Name = name;

    internal void Deregister(DateOnly on)
    {
        if (Status != StationStatus.Registered)
        {
            throw new DomainException("R3", "该工作站已注销。");
        }

        Status = StationStatus.Deregistered;
        DeregisteredOn = on;
    }
}
