namespace CommunityStation.Bench;

/// <summary>Settings every portal the benchmark starts needs in Production.</summary>
internal static class BenchSettings
{
    /// <summary>Production refuses to start without a public address for residents' links (receipts' QR codes).</summary>
    public const string PublicBaseUrl = "https://portal.example.gov.cn";
}
