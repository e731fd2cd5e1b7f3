using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Actor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "recorded_by_id",
                table: "working_calendar_years",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "recorded_by_id",
                table: "working_calendar_days",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "removed_by_id",
                table: "working_calendar_days",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "edited_by_id",
                table: "station_rule_revisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "created_by_id",
                table: "station_applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "last_actor_id",
                table: "station_applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "town_opinion_by_id",
                table: "station_applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "last_actor_id",
                table: "service_cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "decided_by_id",
                table: "roster_filings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "filed_by_id",
                table: "roster_filings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "cancelled_by_id",
                table: "recruitment_campaigns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "recorded_by_id",
                table: "policy_settings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "decided_by_id",
                table: "deployments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "actor_id",
                table: "case_steps",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "actor_id",
                table: "application_steps",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "uploaded_by_id",
                table: "application_documents",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recorded_by_id",
                table: "working_calendar_years");

            migrationBuilder.DropColumn(
                name: "recorded_by_id",
                table: "working_calendar_days");

            migrationBuilder.DropColumn(
                name: "removed_by_id",
                table: "working_calendar_days");

            migrationBuilder.DropColumn(
                name: "edited_by_id",
                table: "station_rule_revisions");

            migrationBuilder.DropColumn(
                name: "created_by_id",
                table: "station_applications");

            migrationBuilder.DropColumn(
                name: "last_actor_id",
                table: "station_applications");

            migrationBuilder.DropColumn(
                name: "town_opinion_by_id",
                table: "station_applications");

            migrationBuilder.DropColumn(
                name: "last_actor_id",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "decided_by_id",
                table: "roster_filings");

            migrationBuilder.DropColumn(
                name: "filed_by_id",
                table: "roster_filings");

            migrationBuilder.DropColumn(
                name: "cancelled_by_id",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "recorded_by_id",
                table: "policy_settings");

            migrationBuilder.DropColumn(
                name: "decided_by_id",
                table: "deployments");

            migrationBuilder.DropColumn(
                name: "actor_id",
                table: "case_steps");

            migrationBuilder.DropColumn(
                name: "actor_id",
                table: "application_steps");

            migrationBuilder.DropColumn(
                name: "uploaded_by_id",
                table: "application_documents");
        }
    }
}
