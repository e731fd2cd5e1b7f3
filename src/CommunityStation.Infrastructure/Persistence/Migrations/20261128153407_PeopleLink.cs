using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PeopleLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "person_id",
                table: "users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "station_profiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "receipt_token_sealed",
                table: "service_cases",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_tenant_id_person_id",
                table: "users",
                columns: new[] { "tenant_id", "person_id" },
                unique: true,
                filter: "person_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_users_people_tenant_id_person_id",
                table: "users",
                columns: new[] { "tenant_id", "person_id" },
                principalTable: "people",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_people_tenant_id_person_id",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_tenant_id_person_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "person_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "station_profiles");

            migrationBuilder.DropColumn(
                name: "receipt_token_sealed",
                table: "service_cases");
        }
    }
}
