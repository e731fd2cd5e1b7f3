using CommunityStation.Infrastructure.Persistence;
﻿using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Registration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_asp_net_users_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "station_applications",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: true),
                    station_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    head_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    head_phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    head_education = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    head_is_secretary_or_director = table.Column<bool>(type: "boolean", nullable: false),
                    premises_address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    premises_area_sqm = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    premises_use_right_basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_capital = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    capital_source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    town_opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    town_opinion_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    town_opinion_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    registration_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    registration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    step_count = table.Column<int>(type: "integer", nullable: false),
                    last_actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_applications", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_station_applications_communities_tenant_id_community_id",
                        columns: x => new { x.tenant_id, x.community_id },
                        principalTable: "communities",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stations",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registration_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    uscc = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    registration_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deregistered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    head_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    head_phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    premises_address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    premises_area_sqm = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    registered_capital = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stations", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_stations_communities_tenant_id_community_id",
                        columns: x => new { x.tenant_id, x.community_id },
                        principalTable: "communities",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_documents",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_documents", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_application_documents_station_applications_tenant_id_applic",
                        columns: x => new { x.tenant_id, x.application_id },
                        principalTable: "station_applications",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_steps",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_after = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    documents = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_steps", x => new { x.tenant_id, x.application_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_application_steps_station_applications_tenant_id_applicatio",
                        columns: x => new { x.tenant_id, x.application_id },
                        principalTable: "station_applications",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_documents_tenant_id_application_id_slot_version",
                table: "application_documents",
                columns: new[] { "tenant_id", "application_id", "slot", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_id_read_at",
                table: "notifications",
                columns: new[] { "recipient_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_station_applications_tenant_id_status_queued_at",
                table: "station_applications",
                columns: new[] { "tenant_id", "status", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "ux_station_applications_one_in_progress",
                table: "station_applications",
                columns: new[] { "tenant_id", "community_id" },
                unique: true,
                filter: "status <> 'Registered'");

            migrationBuilder.CreateIndex(
                name: "ix_stations_tenant_id_registration_number",
                table: "stations",
                columns: new[] { "tenant_id", "registration_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_stations_one_per_community",
                table: "stations",
                columns: new[] { "tenant_id", "community_id" },
                unique: true,
                filter: "status = 'Registered'");
        
            // Tenancy guard 2 (ADR 0001).
            migrationBuilder.EnableTenantRowLevelSecurity("station_applications");
            migrationBuilder.EnableTenantRowLevelSecurity("application_steps");
            migrationBuilder.EnableTenantRowLevelSecurity("application_documents");
            migrationBuilder.EnableTenantRowLevelSecurity("stations");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantRowLevelSecurity("station_applications");
            migrationBuilder.DisableTenantRowLevelSecurity("application_steps");
            migrationBuilder.DisableTenantRowLevelSecurity("application_documents");
            migrationBuilder.DisableTenantRowLevelSecurity("stations");

            migrationBuilder.DropTable(
                name: "application_documents");

            migrationBuilder.DropTable(
                name: "application_steps");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "stations");

            migrationBuilder.DropTable(
                name: "station_applications");
        }
    }
}
