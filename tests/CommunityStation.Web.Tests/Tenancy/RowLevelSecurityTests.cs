namespace CommunityStation.Web.Tests.Tenancy;

/// <summary>The second tenancy guard, tested below EF: raw SQL as the app role.</summary>
public sealed class RowLevelSecurityTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task With_tenant_A_set_the_app_role_sees_no_row_of_tenant_B()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await SetTenantAsync(connection, Demo.Dingshu);

        Assert.Equal(0L, await ScalarAsync(connection, $"SELECT count(*) FROM communities WHERE tenant_id = '{Demo.Yicheng}'"));
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM communities") > 0);
        Assert.Equal(0L, await ScalarAsync(connection, $"SELECT count(*) FROM communities WHERE tenant_id <> '{Demo.Dingshu}'"));
    }

    [Fact]
    public async Task With_tenant_A_set_inserting_a_row_for_tenant_B_fails()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await SetTenantAsync(connection, Demo.Dingshu);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            $"INSERT INTO communities (tenant_id, id, name, households, rc_term_start, rc_term_end) VALUES ('{Demo.Yicheng}', gen_random_uuid(), '越权社区', 1, '2024-01-01', '2028-12-31')"));
        Assert.Equal("42501", error.SqlState); // insufficient_privilege: new row violates row-level security policy
    }

    [Fact]
    public async Task With_tenant_A_set_updating_tenant_B_rows_changes_nothing()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await SetTenantAsync(connection, Demo.Dingshu);
        Assert.Equal(0, await ExecuteAsync(connection, $"UPDATE communities SET households = 1 WHERE tenant_id = '{Demo.Yicheng}'"));
        Assert.Equal(0, await ExecuteAsync(connection, $"DELETE FROM communities WHERE tenant_id = '{Demo.Yicheng}'"));
    }

    [Fact]
    public async Task With_no_tenant_set_the_app_role_sees_nothing()
    {
        await using var connection = await OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM communities"));
    }

    [Fact]
    public async Task The_tenant_setting_lasts_only_for_its_transaction()
    {
        await using var connection = await OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await SetTenantAsync(connection, Demo.Yicheng);
            Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM communities") > 0);
            await transaction.CommitAsync();
        }

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM communities"));
    }

    [Fact]
    public async Task Every_table_with_a_tenant_id_has_forced_row_level_security_and_tenant_first_keys()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                     WHERE i.indrelid = c.oid AND i.indisprimary) AS first_key_column
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            WHERE c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
              AND c.relname NOT IN ('audit_entries', 'users')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = 0;
        while (await reader.ReadAsync())
        {
            tables++;
            var table = reader.GetString(0);
            Assert.True(reader.GetBoolean(1), $"{table}: row-level security is not enabled");
            Assert.True(reader.GetBoolean(2), $"{table}: row-level security is not forced");
            Assert.True(reader.GetString(3) == "tenant_id", $"{table}: the primary key does not start with tenant_id");
        }

        Assert.True(tables > 0);
    }

    [Fact]
    public async Task The_app_role_neither_owns_the_tables_nor_bypasses_row_level_security()
    {
        await using var connection = await OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Portal.Connections.App);
        await connection.OpenAsync();
        return connection;
    }

    private static Task SetTenantAsync(NpgsqlConnection connection, Guid tenant) =>
        ExecuteAsync(connection, $"SELECT set_config('app.tenant_id', '{tenant}', true)");

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
