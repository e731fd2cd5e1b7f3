namespace CommunityStation.Domain.Common;

/// <summary>
/// Age in 周岁 (whole years lived), the one place the portal counts it (H1, H3, H4 and every page that
/// shows an age). The convention, and why, is in docs/policy-interpretations.md ("Age on a
/// 29 February birthday"): one turns N on the birthday's month and day; someone born on 29 February
/// turns N on 1 March in a common year (the N years end on 28 February, 《民法典》第二百零二条) and on
/// 29 February in a leap year.
/// </summary>
public static class ChineseAge
{
    /// <summary>Whole years from <paramref name="birthDate"/> to <paramref name="date"/>.</summary>
    public static int On(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;

        // Compare month and day rather than DateOnly.AddYears, which moves 29 February to 28 February
        // and so would make a leap-day child a year older one day early in every common year.
        var birthdayNotYetReached = date.Month < birthDate.Month || (date.Month == birthDate.Month && date.Day < birthDate.Day);
        return birthdayNotYetReached ? age - 1 : age;
    }
}
