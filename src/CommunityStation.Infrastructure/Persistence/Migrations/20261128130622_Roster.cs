using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Roster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "deployed_from",
                table: "contracts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "party_secretary_id",
                table: "communities",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "rc_director_id",
                table: "communities",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_communities_tenant_id_party_secretary_id",
                table: "communities",
                columns: new[] { "tenant_id", "party_secretary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_communities_tenant_id_rc_director_id",
                table: "communities",
                columns: new[] { "tenant_id", "rc_director_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_communities_people_tenant_id_party_secretary_id",
                table: "communities",
                columns: new[] { "tenant_id", "party_secretary_id" },
                principalTable: "people",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_communities_people_tenant_id_rc_director_id",
                table: "communities",
                columns: new[] { "tenant_id", "rc_director_id" },
                principalTable: "people",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            // DATA (replay if this migration is regenerated): S3 by person. Communities kept only the
            // secretary's and director's names; link each to a person record where exactly one person of
            // the community (a workforce side there) bears that name. Ambiguous or unknown names stay
            // unlinked (names kept) until a town official picks the person on Communities/Edit.
            // Row-level security is forced even for the owner, so this runs tenant by tenant.
            migrationBuilder.Sql("""
                DO $$
                DECLARE t uuid;
                BEGIN
                  FOR t IN SELECT id FROM tenants LOOP
                    PERFORM set_config('app.tenant_id', t::text, true);
                    WITH named AS (
                      SELECT w.community_id, p.name, min(p.id::text)::uuid AS person_id, count(DISTINCT p.id) AS n
                      FROM workforce_assignments w JOIN people p ON p.tenant_id = w.tenant_id AND p.id = w.person_id
                      GROUP BY w.community_id, p.name)
                    UPDATE communities c SET
                      party_secretary_id = COALESCE(c.party_secretary_id, (SELECT person_id FROM named WHERE community_id = c.id AND name = c.party_secretary_name AND n = 1)),
                      rc_director_id = COALESCE(c.rc_director_id, (SELECT person_id FROM named WHERE community_id = c.id AND name = c.rc_director_name AND n = 1));
                  END LOOP;
                  PERFORM set_config('app.tenant_id', '', true);
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_communities_people_tenant_id_party_secretary_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "fk_communities_people_tenant_id_rc_director_id",
                table: "communities");

            migrationBuilder.DropIndex(
                name: "ix_communities_tenant_id_party_secretary_id",
                table: "communities");

            migrationBuilder.DropIndex(
                name: "ix_communities_tenant_id_rc_director_id",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "deployed_from",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "party_secretary_id",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "rc_director_id",
                table: "communities");
        }
    }
}
