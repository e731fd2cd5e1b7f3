namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>The request size limits, in one place so the messages can name them.</summary>
public static class RequestLimits
{
    /// <summary>The whole request body (Kestrel) and a multipart form: room for the largest upload setting the demo uses, with its form.</summary>
    public const int BodyMegabytes = 32;

    /// <summary>One form field (not a file). The longest textarea takes 8,000 characters.</summary>
    public const int FieldMegabytes = 1;

    /// <summary>Fields in one form; the roster and desk forms post a few hundred checkboxes at most.</summary>
    public const int FieldCount = 2048;

    public const long BodyBytes = BodyMegabytes * 1024L * 1024L;

    public const int FieldBytes = FieldMegabytes * 1024 * 1024;
}
