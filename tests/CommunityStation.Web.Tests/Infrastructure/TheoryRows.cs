namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Theory data written as a table grouped by its first column, so a key is not repeated on every row.</summary>
public static class TheoryRows
{
    /// <summary>One (key, value) row for every value listed under its key, in the order given.</summary>
    public static TheoryData<string, string> Grouped(params (string Key, string[] Values)[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var rows = new TheoryData<string, string>();
        foreach (var (key, values) in groups)
        {
            foreach (var value in values)
            {
                rows.Add(key, value);
            }
        }

        return rows;
    }
}
