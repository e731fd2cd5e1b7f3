namespace CommunityStation.Bench;

/// <summary>
/// How much data a scale holds. City: Yixing after ten years. Province: a province-wide deployment (the
/// bureau's city-wide pages see every tenant). <see cref="Fraction"/> scales the per-station history
/// (residents, cases, their steps and ratings, notifications, audit) for a partial run.
/// </summary>
public sealed record Shape(string Name, int Tenants, int Communities, int StaffPerStation, int Residents, long Cases, int Years, double Fraction)
{
    public static Shape For(string scale, double fraction) => scale switch
    {
        "city" => new("city", 18, 300, 10, 400_000, 2_000_000, 10, fraction),
        "province" => new("province", 1_300, 20_000, 10, 4_000_000, 20_000_000, 10, fraction),
        _ => new("demo", 2, 6, 10, 2_000, 10_000, 10, fraction),
    };

    public int Stations => Communities;

    public int Staff => Stations * StaffPerStation;

    /// <summary>Desk staff accounts per station (linked to the station's staff); each station also has a head account.</summary>
    public const int DeskAccountsPerStation = 5;

    public const int DesksPerStation = 3;

    /// <summary>Cases still open at each station (received in the last few working days; some past their promised date).</summary>
    public const int OpenPerStation = 30;

    public const int OverduePerStation = 5;

    public int ResidentsPerStation => Math.Max(1, (int)(Residents * Fraction / Stations));

    public int CasesPerStation => Math.Max(OpenPerStation + 1, (int)(Cases * Fraction / Stations));

    public double RatedShare => 0.4;
}
