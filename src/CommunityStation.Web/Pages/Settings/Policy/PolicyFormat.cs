using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Settings.Policy;

/// <summary>How the policy pages show values and dates: invariant digits, shares also as a percentage.</summary>
public static class PolicyFormat
{
    public static string ChinaTime(DateTimeOffset at) =>
        Infrastructure.PortalClock.ToBeijing(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The plain number as entered ("0.3", "200"), without the database's trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>"0.3 (30%)" for shares, "200" otherwise.</summary>
    public static string Value(PolicySettingDefinition definition, decimal value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.UnitEn == "share"
            ? $"{Number(value)} ({(value * 100m).ToString("0.##", CultureInfo.InvariantCulture)}%)"
            : Number(value);
    }
}
