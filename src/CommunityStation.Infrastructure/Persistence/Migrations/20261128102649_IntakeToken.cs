using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntakeToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "intake_token",
                table: "service_cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_intake_token",
                table: "service_cases",
                columns: new[] { "tenant_id", "intake_token" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_service_cases_tenant_id_intake_token",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "intake_token",
                table: "service_cases");
        }
    }
}
