using CommunityStation.Infrastructure.Persistence;
using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CitySetup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "official_code",
                table: "tenants",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "retired_on",
                table: "tenants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "tenants",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "communities",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "retired_on",
                table: "communities",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "community_changes",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    before = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    after = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    other_community_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_community_changes", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_community_changes_communities_tenant_id_community_id",
                        columns: x => new { x.tenant_id, x.community_id },
                        principalTable: "communities",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_community_changes_communities_tenant_id_other_community_id",
                        columns: x => new { x.tenant_id, x.other_community_id },
                        principalTable: "communities",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.EnableTenantRowLevelSecurity("community_changes");

            migrationBuilder.CreateIndex(
                name: "ix_tenants_official_code",
                table: "tenants",
                column: "official_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_communities_tenant_id_merged_into_id",
                table: "communities",
                columns: new[] { "tenant_id", "merged_into_id" });

            migrationBuilder.CreateIndex(
                name: "ix_community_changes_tenant_id_community_id_on",
                table: "community_changes",
                columns: new[] { "tenant_id", "community_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_community_changes_tenant_id_other_community_id",
                table: "community_changes",
                columns: new[] { "tenant_id", "other_community_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_communities_communities_tenant_id_merged_into_id",
                table: "communities",
                columns: new[] { "tenant_id", "merged_into_id" },
                principalTable: "communities",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_communities_communities_tenant_id_merged_into_id",
                table: "communities");

            migrationBuilder.DropTable(
                name: "community_changes");

            migrationBuilder.DropIndex(
                name: "ix_tenants_official_code",
                table: "tenants");

            migrationBuilder.DropIndex(
                name: "ix_communities_tenant_id_merged_into_id",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "official_code",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "retired_on",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "retired_on",
                table: "communities");
        }
    }
}
