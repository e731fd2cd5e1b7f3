using CommunityStation.Infrastructure.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>
/// Data protection for more than one instance (issue 12): one application name and one key ring in PostgreSQL,
/// so the sign-in cookie, antiforgery tokens, TempData and the receipts' sealed rating tokens made by one
/// instance are read by every other. See ADR 0008.
/// </summary>
public static class DataProtectionKeys
{
    /// <summary>Fixed, so instances in different folders (or containers) share their keys.</summary>
    public const string ApplicationName = "CommunityStation";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresXmlRepository(dataSource));
        return services;
    }

    /// <summary>
    /// Before serving: makes sure the key ring has a key, under an advisory lock, so two instances starting
    /// together on an empty ring do not each make their own (each would then refuse the other's cookies until
    /// it next reloads the ring).
    /// </summary>
    public static async Task EnsureDataProtectionKeyAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", PostgresXmlRepository.KeyCreationLock);
            await take.ExecuteNonQueryAsync();
        }

        try
        {
            // Protecting anything loads the ring, creating and storing the first key if there is none.
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CommunityStation.Startup").Protect("ready"u8.ToArray());
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", PostgresXmlRepository.KeyCreationLock);
            await release.ExecuteNonQueryAsync();
        }
    }
}
