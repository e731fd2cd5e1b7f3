using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class h4method : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "recruitment_campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "recruitment_campaigns",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "cancelled_on",
                table: "recruitment_campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "method_assessment",
                table: "recruitment_campaigns",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "method_assessment_weight",
                table: "recruitment_campaigns",
                type: "numeric(5,4)",
                precision: 5,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "method_bonus_points",
                table: "recruitment_campaigns",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "method_exam_weight",
                table: "recruitment_campaigns",
                type: "numeric(5,4)",
                precision: 5,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "method_max_score",
                table: "recruitment_campaigns",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "method_preference",
                table: "recruitment_campaigns",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "opened_on",
                table: "recruitment_campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "assessment_passed",
                table: "campaign_applicants",
                type: "boolean",
                nullable: true);

            // ---- DATA (replay this block if the migration is regenerated) ----
            // H4: campaigns opened before the method was recorded get the new defaults as their method
            // (the 2026 settings' defaults: exam 50 % + assessment 50 %, out of 100, social work as a
            // tie-break), not the old invented 60/40 with +2 points. Their scores were already kept
            // within 0-100. See docs/policy-interpretations.md (H4).
            migrationBuilder.Sql("""
                UPDATE recruitment_campaigns
                   SET method_assessment = 'Weighted', method_exam_weight = 0.5, method_assessment_weight = 0.5,
                       method_max_score = 100, method_preference = 'TieBreak', method_bonus_points = 0
                 WHERE method_assessment = '';
                """);
            // ---- END DATA ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "cancelled_on",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_assessment",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_assessment_weight",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_bonus_points",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_exam_weight",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_max_score",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "method_preference",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "opened_on",
                table: "recruitment_campaigns");

            migrationBuilder.DropColumn(
                name: "assessment_passed",
                table: "campaign_applicants");
        }
    }
}
