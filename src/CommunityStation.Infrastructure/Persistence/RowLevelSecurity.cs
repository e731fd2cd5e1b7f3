using Microsoft.EntityFrameworkCore.Migrations;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>
/// Migration helpers for the second tenancy guard: PostgreSQL row-level security on every
/// tenant-owned table (ENABLE and FORCE, so even the owner role is bound). Rows are visible when
/// <c>tenant_id</c> equals the transaction's <c>app.tenant_id</c>; the bureau's audited city-wide read
/// (<c>app.city_read = 'on'</c>) widens SELECT only. Writes always need the matching tenant.
/// </summary>
public static class RowLevelSecurity
{
    public const string TenantExpression = "tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid";
    public const string CityReadExpression = "current_setting('app.city_read', true) = 'on'";

    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY tenant_read ON {table} FOR SELECT USING ({TenantExpression} OR {CityReadExpression});
            CREATE POLICY tenant_insert ON {table} FOR INSERT WITH CHECK ({TenantExpression});
            CREATE POLICY tenant_update ON {table} FOR UPDATE USING ({TenantExpression}) WITH CHECK ({TenantExpression});
            CREATE POLICY tenant_delete ON {table} FOR DELETE USING ({TenantExpression});
            """);
    }

    public static void DisableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            DROP POLICY IF EXISTS tenant_read ON {table};
            DROP POLICY IF EXISTS tenant_insert ON {table};
            DROP POLICY IF EXISTS tenant_update ON {table};
            DROP POLICY IF EXISTS tenant_delete ON {table};
            ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;
            ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;
            """);
    }
}
