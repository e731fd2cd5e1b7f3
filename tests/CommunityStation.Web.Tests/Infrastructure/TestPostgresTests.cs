namespace CommunityStation.Web.Tests.Infrastructure;

public class TestPostgresTests
{
    [Fact]
    public async Task Local_postgres_answers_and_a_provisioned_database_has_an_app_role_that_is_not_superuser()
    {
        var admin = await TestPostgres.GetAdminConnectionStringAsync();
        var name = $"cs_probe_{Guid.NewGuid():N}"[..30];
        var connections = await DatabaseProvisioner.EnsureDatabaseAsync(admin, name);
        try
        {
            // Idempotent: a second call changes nothing and gives the same connections.
            Assert.Equal(connections, await DatabaseProvisioner.EnsureDatabaseAsync(admin, name));

            await using (var app = new NpgsqlConnection(connections.App))
            {
                await app.OpenAsync();
                await using var command = new NpgsqlCommand(
                    "SELECT current_user, current_database(), rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user", app);
                await using var reader = await command.ExecuteReaderAsync();
                Assert.True(await reader.ReadAsync());
                Assert.Equal(DatabaseProvisioner.AppRole, reader.GetString(0));
                Assert.Equal(name, reader.GetString(1));
                Assert.False(reader.GetBoolean(2), "the app role must not be a superuser");
                Assert.False(reader.GetBoolean(3), "the app role must not bypass row-level security");
            }

            await using (var app = new NpgsqlConnection(connections.App))
            {
                await app.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE TABLE probe (id int)", app);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => create.ExecuteNonQueryAsync());
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            }

            await using (var owner = new NpgsqlConnection(connections.Owner))
            {
                await owner.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'", owner);
                Assert.Equal(DatabaseProvisioner.OwnerRole, await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await DatabaseProvisioner.DropDatabaseAsync(admin, name);
        }

        await using var check = new NpgsqlConnection(admin);
        await check.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", check);
        exists.Parameters.AddWithValue("name", name);
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("1starts_with_digit")]
    [InlineData("has-dash")]
    [InlineData("x\"; DROP DATABASE postgres; --")]
    [InlineData("")]
    public async Task A_database_name_that_is_not_plain_is_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => DatabaseProvisioner.EnsureDatabaseAsync("Host=127.0.0.1", name));
        await Assert.ThrowsAsync<ArgumentException>(() => DatabaseProvisioner.DropDatabaseAsync("Host=127.0.0.1", name));
    }
}
