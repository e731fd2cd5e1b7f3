using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ratings_tenant_id_station_id",
                table: "ratings");

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_dashboard",
                table: "service_cases",
                columns: new[] { "tenant_id", "station_id", "duty_area_code", "status", "promised_by", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ratings_dashboard",
                table: "ratings",
                columns: new[] { "tenant_id", "station_id", "desk_id", "duty_area_code", "staff_name", "level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_service_cases_dashboard",
                table: "service_cases");

            migrationBuilder.DropIndex(
                name: "ix_ratings_dashboard",
                table: "ratings");

            migrationBuilder.CreateIndex(
                name: "ix_ratings_tenant_id_station_id",
                table: "ratings",
                columns: new[] { "tenant_id", "station_id" });
        }
    }
}
