using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace CommunityStation.Infrastructure.Operations;

/// <summary>
/// The data-protection key ring in PostgreSQL (<c>data_protection_keys</c>), so every instance of the portal
/// shares it. Plain SQL on the app's data source rather than EF's <c>PersistKeysToDbContext</c>: EF would route
/// the key through the audit interceptor, and the app role may only SELECT and INSERT this table.
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    /// <summary>The advisory-lock key under which an instance creates the first key (two instances starting together make one).</summary>
    public const long KeyCreationLock = 0x4353_4450_4b45_5931; // "CSDPKEY1"

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand("SELECT xml FROM data_protection_keys ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var command = dataSource.CreateCommand("INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, now())");
        command.Parameters.AddWithValue("name", friendlyName ?? string.Empty);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
