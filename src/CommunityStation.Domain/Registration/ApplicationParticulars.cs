namespace CommunityStation.Domain.Registration;

/// <summary>
/// What the RC officer fills in: the proposed head (S3), the premises (B3) and the registered capital.
/// Validated at the page (formats) and by <see cref="StationApplication"/> (rules).
/// </summary>
public sealed record ApplicationParticulars(
    string HeadName,
    string HeadIdNumber,
    string HeadPhone,
    string HeadEducation,
    bool HeadIsSecretaryOrDirector,
    string PremisesAddress,
    decimal PremisesAreaSqm,
    string PremisesUseRightBasis,
    decimal RegisteredCapital,
    string CapitalSource);
