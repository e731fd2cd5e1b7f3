using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Infrastructure.Auditing;

/// <summary>
/// One line of the append-only audit trail: a data change (with before/after values as JSON), a
/// sign-in, a denied access or a view of personal data. The app role may only INSERT and SELECT it.
/// Rows are made by <see cref="For"/> or, for a sign-in attempt, <see cref="SignIn"/>.
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

    /// <summary>
    /// A before/after value (jsonb) as text, inside a query only (PostgreSQL's <c>jsonb_pretty</c>, registered in
    /// <see cref="Persistence.AppDbContext"/>): the audit page's free-text search looks into the changed values.
    /// </summary>
    public static string? TextOf(string? json) => throw new InvalidOperationException("AuditEntry.TextOf runs in SQL only.");

    /// <summary>
    /// The one way an audit row is made, so every kind carries the same fields: who acted and from where
    /// come from the request's <see cref="TenantContext"/>; <paramref name="tenantId"/> names the record's
    /// tenant when it is not the user's own (a city-level user viewing or changing a tenant's record).
    /// </summary>
    public static AuditEntry For(
        TenantContext actor,
        string kind,
        string? entity = null,
        string? key = null,
        string? detail = null,
        Guid? tenantId = null,
        string? before = null,
        string? after = null,
        DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        return new AuditEntry
        {
            OccurredAt = at ?? actor.Clock.GetUtcNow(),
            Kind = kind,
            UserId = actor.UserId,
            UserName = actor.UserName,
            TenantId = tenantId ?? actor.TenantId,
            Entity = entity,
            EntityKey = key,
            Before = before,
            After = after,
            Detail = detail,
            IpAddress = actor.IpAddress,
        };
    }

    /// <summary>
    /// A sign-in attempt: nobody is signed in yet, so the request knows no user. The account found (if any)
    /// stands in for the actor, with the name as typed and the address the sign-in throttle saw.
    /// </summary>
    public static AuditEntry SignIn(TenantContext request, string kind, string? userName, AppUser? account, string? detail, string address)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new AuditEntry
        {
            OccurredAt = request.Clock.GetUtcNow(),
            Kind = kind,
            UserId = account?.Id,
            UserName = userName,
            TenantId = account?.TenantId,
            Detail = detail,
            IpAddress = address,
        };
    }
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

    /// <summary>A soft rule's warning overridden with a reason (S2, S3, H1, H3).</summary>
    public const string SoftRuleOverride = "SoftRuleOverride";

    /// <summary>Every kind, for the audit page's filter (a test checks that no constant is missing here).</summary>
    public static readonly IReadOnlyList<string> All =
        [Created, Updated, Deleted, SignIn, SignInFailed, SignOut, AccessDenied, PersonalDataViewed, CityRead, SoftRuleOverride];
}
