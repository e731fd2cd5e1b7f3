namespace CommunityStation.Infrastructure.Operations;

/// <summary>
/// One data-protection key (its XML, as ASP.NET Core writes it), city-level. Every instance reads the same
/// key ring from here, so a cookie, an antiforgery token or a sealed receipt token made by one instance
/// is read by the others. Written only by <see cref="PostgresXmlRepository"/>, never through EF's change
/// tracker (the audit trail must not copy key material).
/// </summary>
public sealed class StoredKey
{
    private StoredKey()
    {
    }

    public long Id { get; private set; }

    public string FriendlyName { get; private set; } = string.Empty;

    public string Xml { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
}
