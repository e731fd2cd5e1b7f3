namespace CommunityStation.Domain.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for the tests that read the source (the wall clock, rules named once).</summary>
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityStation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CommunityStation.sln not found above " + AppContext.BaseDirectory);
    }
}
