using CommunityStation.Infrastructure.Persistence;
﻿using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ServiceDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_counters",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_counters", x => new { x.tenant_id, x.station_id, x.year });
                    table.ForeignKey(
                        name: "fk_case_counters_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desks",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    duty_area_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    service_item_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desks", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_desks_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    elderly_or_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_residents_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_profiles",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    opening_hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_profiles", x => new { x.tenant_id, x.station_id });
                    table.ForeignKey(
                        name: "fk_station_profiles_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "station_rule_revisions",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    edited_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_rule_revisions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_station_rule_revisions_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_duties",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    post = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_duties", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_desk_duties_desks_tenant_id_desk_id",
                        columns: x => new { x.tenant_id, x.desk_id },
                        principalTable: "desks",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_cases",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: true),
                    duty_area_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    service_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consent_recorded = table.Column<bool>(type: "boolean", nullable: false),
                    request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promised_by = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    referred_to = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    referral_department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    referral_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rating_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rating_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    step_count = table.Column<int>(type: "integer", nullable: false),
                    last_actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_cases", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_service_cases_residents_tenant_id_resident_id",
                        columns: x => new { x.tenant_id, x.resident_id },
                        principalTable: "residents",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_cases_stations_tenant_id_station_id",
                        columns: x => new { x.tenant_id, x.station_id },
                        principalTable: "stations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_steps",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2120)", maxLength: 2120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_steps", x => new { x.tenant_id, x.case_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_case_steps_service_cases_tenant_id_case_id",
                        columns: x => new { x.tenant_id, x.case_id },
                        principalTable: "service_cases",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ratings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: true),
                    duty_area_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ratings", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_ratings_service_cases_tenant_id_case_id",
                        columns: x => new { x.tenant_id, x.case_id },
                        principalTable: "service_cases",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_desk_duties_tenant_id_desk_id_day_user_id",
                table: "desk_duties",
                columns: new[] { "tenant_id", "desk_id", "day", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_desks_tenant_id_station_id_number",
                table: "desks",
                columns: new[] { "tenant_id", "station_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ratings_tenant_id_case_id",
                table: "ratings",
                columns: new[] { "tenant_id", "case_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ratings_tenant_id_station_id",
                table: "ratings",
                columns: new[] { "tenant_id", "station_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_id_number",
                table: "residents",
                columns: new[] { "tenant_id", "id_number" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_phone",
                table: "residents",
                columns: new[] { "tenant_id", "phone" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_station_id_name",
                table: "residents",
                columns: new[] { "tenant_id", "station_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_owner_id_status",
                table: "service_cases",
                columns: new[] { "tenant_id", "owner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_rating_token_hash",
                table: "service_cases",
                columns: new[] { "tenant_id", "rating_token_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_resident_id",
                table: "service_cases",
                columns: new[] { "tenant_id", "resident_id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_station_id_status",
                table: "service_cases",
                columns: new[] { "tenant_id", "station_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_service_cases_tenant_id_station_id_year_sequence",
                table: "service_cases",
                columns: new[] { "tenant_id", "station_id", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_station_profiles_tenant_id_case_code",
                table: "station_profiles",
                columns: new[] { "tenant_id", "case_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_station_rule_revisions_tenant_id_station_id_revision",
                table: "station_rule_revisions",
                columns: new[] { "tenant_id", "station_id", "revision" },
                unique: true);
        
            // Tenancy guard 2 (ADR 0001).
            migrationBuilder.EnableTenantRowLevelSecurity("residents");
            migrationBuilder.EnableTenantRowLevelSecurity("desks");
            migrationBuilder.EnableTenantRowLevelSecurity("desk_duties");
            migrationBuilder.EnableTenantRowLevelSecurity("service_cases");
            migrationBuilder.EnableTenantRowLevelSecurity("case_steps");
            migrationBuilder.EnableTenantRowLevelSecurity("case_counters");
            migrationBuilder.EnableTenantRowLevelSecurity("ratings");
            migrationBuilder.EnableTenantRowLevelSecurity("station_rule_revisions");
            migrationBuilder.EnableTenantRowLevelSecurity("station_profiles");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantRowLevelSecurity("residents");
            migrationBuilder.DisableTenantRowLevelSecurity("desks");
            migrationBuilder.DisableTenantRowLevelSecurity("desk_duties");
            migrationBuilder.DisableTenantRowLevelSecurity("service_cases");
            migrationBuilder.DisableTenantRowLevelSecurity("case_steps");
            migrationBuilder.DisableTenantRowLevelSecurity("case_counters");
            migrationBuilder.DisableTenantRowLevelSecurity("ratings");
            migrationBuilder.DisableTenantRowLevelSecurity("station_rule_revisions");
            migrationBuilder.DisableTenantRowLevelSecurity("station_profiles");

            migrationBuilder.DropTable(
                name: "case_counters");

            migrationBuilder.DropTable(
                name: "case_steps");

            migrationBuilder.DropTable(
                name: "desk_duties");

            migrationBuilder.DropTable(
                name: "ratings");

            migrationBuilder.DropTable(
                name: "station_profiles");

            migrationBuilder.DropTable(
                name: "station_rule_revisions");

            migrationBuilder.DropTable(
                name: "desks");

            migrationBuilder.DropTable(
                name: "service_cases");

            migrationBuilder.DropTable(
                name: "residents");
        }
    }
}
