namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// The date on a formal print (成文日期, GB/T 9704-2012 7.3.5.1): "2026年12月8日", the year in full and month and day in
/// Arabic numerals without leading zeros; in English "8 December 2026".
/// </summary>
public static class FormalDate
{
    public static string Of(DateOnly date) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : Chinese(date);

    /// <summary>"2026年12月8日", whatever the UI language (for what is always Chinese, such as a plaque).</summary>
    public static string Chinese(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>The Beijing day of <paramref name="at"/>, as <see cref="Of(DateOnly)"/> writes it.</summary>
    public static string Of(DateTimeOffset at) => Of(ChinaDate.Of(at));
}

/// <summary>
/// The close of a formal print (GB/T 9704-2012 7.3.5): the issuer's name (发文机关署名) centred over the date (成文日期,
/// four characters in from the right), with the seal area (印章) pressing down on both; <c>Shared/_FormalSignature</c>
/// draws it. <paramref name="Note"/> is the 附注 under the date ("（经办人：…）"), when there is one.
/// </summary>
public sealed record FormalSignature(string Issuer, string Date, string? Note = null);
