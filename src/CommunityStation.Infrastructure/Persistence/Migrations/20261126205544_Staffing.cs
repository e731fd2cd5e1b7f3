using CommunityStation.Infrastructure.Persistence;
﻿using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Staffing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    education = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    computer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    social_work_major = table.Column<bool>(type: "boolean", nullable: false),
                    social_worker_certificate = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "recruitment_campaigns",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    closing_date = table.Column<DateOnly>(type: "date", nullable: false),
                    vacancies = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recruitment_campaigns", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "roster_filings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lines = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    filed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_filings", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_roster_filings_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: false),
                    end = table.Column<DateOnly>(type: "date", nullable: false),
                    renewal_of = table.Column<Guid>(type: "uuid", nullable: true),
                    warnings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    override_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contracts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_contracts_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contracts_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deployments",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployments", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_deployments_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_posts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    full_time = table.Column<bool>(type: "boolean", nullable: false),
                    duties = table.Column<List<string>>(type: "text[]", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_posts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_station_posts_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_station_posts_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workforce_assignments",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workforce_assignments", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_workforce_assignments_communities_tenant_id_community_id",
                        columns: x => new { x.tenant_id, x.community_id },
                        principalTable: "communities",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workforce_assignments_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_applicants",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    exam_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    assessment_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    warnings = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hired_at_station = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_applicants", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_campaign_applicants_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaign_applicants_recruitment_campaigns_tenant_id_campaig",
                        columns: x => new { x.tenant_id, x.campaign_id },
                        principalTable: "recruitment_campaigns",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_applicants_tenant_id_campaign_id_person_id",
                table: "campaign_applicants",
                columns: new[] { "tenant_id", "campaign_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_applicants_tenant_id_person_id",
                table: "campaign_applicants",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_tenant_id_end",
                table: "contracts",
                columns: new[] { "tenant_id", "end" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_tenant_id_person_id",
                table: "contracts",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_tenant_id_station_id",
                table: "contracts",
                columns: new[] { "tenant_id", "station_id" });

            migrationBuilder.CreateIndex(
                name: "ix_deployments_tenant_id_person_id",
                table: "deployments",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_tenant_id_id_number",
                table: "people",
                columns: new[] { "tenant_id", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roster_filings_tenant_id_station_id_status",
                table: "roster_filings",
                columns: new[] { "tenant_id", "station_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_station_posts_tenant_id_person_id",
                table: "station_posts",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_station_posts_tenant_id_station_id_to",
                table: "station_posts",
                columns: new[] { "tenant_id", "station_id", "to" });

            migrationBuilder.CreateIndex(
                name: "ux_station_posts_one_head_one_deputy",
                table: "station_posts",
                columns: new[] { "tenant_id", "station_id", "kind" },
                unique: true,
                filter: "\"to\" IS NULL AND kind IN ('Head', 'Deputy')");

            migrationBuilder.CreateIndex(
                name: "ix_workforce_assignments_tenant_id_community_id_side",
                table: "workforce_assignments",
                columns: new[] { "tenant_id", "community_id", "side" });

            migrationBuilder.CreateIndex(
                name: "ix_workforce_assignments_tenant_id_person_id",
                table: "workforce_assignments",
                columns: new[] { "tenant_id", "person_id" });
        
            // Tenancy guard 2 (ADR 0001).
            migrationBuilder.EnableTenantRowLevelSecurity("people");
            migrationBuilder.EnableTenantRowLevelSecurity("workforce_assignments");
            migrationBuilder.EnableTenantRowLevelSecurity("station_posts");
            migrationBuilder.EnableTenantRowLevelSecurity("contracts");
            migrationBuilder.EnableTenantRowLevelSecurity("recruitment_campaigns");
            migrationBuilder.EnableTenantRowLevelSecurity("campaign_applicants");
            migrationBuilder.EnableTenantRowLevelSecurity("deployments");
            migrationBuilder.EnableTenantRowLevelSecurity("roster_filings");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantRowLevelSecurity("people");
            migrationBuilder.DisableTenantRowLevelSecurity("workforce_assignments");
            migrationBuilder.DisableTenantRowLevelSecurity("station_posts");
            migrationBuilder.DisableTenantRowLevelSecurity("contracts");
            migrationBuilder.DisableTenantRowLevelSecurity("recruitment_campaigns");
            migrationBuilder.DisableTenantRowLevelSecurity("campaign_applicants");
            migrationBuilder.DisableTenantRowLevelSecurity("deployments");
            migrationBuilder.DisableTenantRowLevelSecurity("roster_filings");

            migrationBuilder.DropTable(
                name: "campaign_applicants");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "deployments");

            migrationBuilder.DropTable(
                name: "roster_filings");

            migrationBuilder.DropTable(
                name: "station_posts");

            migrationBuilder.DropTable(
                name: "workforce_assignments");

            migrationBuilder.DropTable(
                name: "recruitment_campaigns");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
