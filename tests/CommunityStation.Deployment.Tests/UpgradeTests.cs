namespace CommunityStation.Deployment.Tests;

/// <summary>
/// Issue 12, the upgrade: one command (<c>migrate</c>) applies migrations and grants as the owner, separately from
/// starting; the app role never has DDL rights; Production never migrates on start and refuses an old schema.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class UpgradeTests(DeploymentFixture city)
{
    [Fact]
    public async Task Migrate_applies_every_migration_as_the_owner_and_again_changes_nothing()
    {
        Assert.Contains("Applying", city.MigrateOutput, StringComparison.Ordinal);
        Assert.Contains("Upgrade done", city.MigrateOutput, StringComparison.Ordinal);

        var (exit, output) = await Published.RunVerbAsync(["migrate"], city.Production(migrations: true));
        Assert.True(exit == 0, output);
        Assert.Contains("No migration to apply", output, StringComparison.Ordinal);

        (exit, output) = await Published.RunVerbAsync(["migrate", "--list"], city.Production(migrations: true));
        Assert.True(exit == 0, output);
        Assert.Contains("applied  ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("pending  ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_without_the_owners_connection_or_with_to_says_what_to_do()
    {
        var (exit, output) = await Published.RunVerbAsync(["migrate"], city.Production());
        Assert.Equal(2, exit);
        Assert.Contains("ConnectionStrings__Migrations", output, StringComparison.Ordinal);

        (exit, output) = await Published.RunVerbAsync(["migrate", "--to", "Foundation"], city.Production(migrations: true));
        Assert.Equal(2, exit);
        Assert.Contains("restoring the backup taken before the upgrade", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE TABLE intruder (id int)")]
    [InlineData("ALTER TABLE communities ADD COLUMN intruder int")]
    [InlineData("DROP TABLE audit_entries")]
    [InlineData("DELETE FROM data_protection_keys")]
    [InlineData("UPDATE data_protection_keys SET xml = ''")]
    [InlineData("INSERT INTO __ef_migrations_history VALUES ('x', 'y')")]
    [MemberData(nameof(AppRoleRights.AuditTampering), MemberType = typeof(AppRoleRights))]
    public async Task The_app_role_has_no_ddl_rights_may_only_read_and_add_keys_and_never_tamper_with_the_audit_trail(string sql) =>
        await AppRoleRights.AssertRefusedAsync(city.Connections.App, sql);

    [Fact]
    public async Task Production_does_not_migrate_on_start_and_refuses_a_schema_behind_it()
    {
        var empty = await city.NewDatabaseAsync($"cs_deploy_old_{Guid.NewGuid():N}"[..30]);

        // The owner's connection is there, but Production migrates only in the upgrade step.
        var (exit, output) = await PortalInstance.RunUntilExitAsync(Published.FreePort(), city.Production(migrations: true, connections: empty), TimeSpan.FromMinutes(2));
        Assert.NotEqual(0, exit);
        Assert.Contains("Run the upgrade first", output, StringComparison.Ordinal);

        await using var owner = new NpgsqlConnection(empty.Owner);
        await owner.OpenAsync();
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", owner);
        Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
    }
}
