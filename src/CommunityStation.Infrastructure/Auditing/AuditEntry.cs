namespace CommunityStation.Infrastructure.Auditing;

/// <summary>
/// One line of the append-only audit trail: a data change (with before/after values as JSON), a
/// sign-in, a denied access or a view of personal data. The app role may only INSERT and SELECT it.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Kind { get; set; } = string.Empty;

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? TenantId { get; set; }

    public string? Entity { get; set; }

    public string? EntityKey { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Detail { get; set; }

    public string? IpAddress { get; set; }
}

/// <summary>The kinds of audit entry.</summary>
public static class AuditKinds
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string AccessDenied = "AccessDenied";
    public const string PersonalDataViewed = "PersonalDataViewed";
    public const string CityRead = "CityRead";

    public static readonly IReadOnlyList<string> All =
        [Created, Updated, Deleted, SignIn, SignInFailed, SignOut, AccessDenied, PersonalDataViewed, CityRead];
}
