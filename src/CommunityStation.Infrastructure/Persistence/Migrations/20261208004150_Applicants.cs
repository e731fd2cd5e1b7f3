using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Applicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_campaign_applicants_tenant_id_campaign_id_person_id",
                table: "campaign_applicants");

            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                table: "campaign_applicants",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<DateOnly>(
                name: "birth_date",
                table: "campaign_applicants",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "computer",
                table: "campaign_applicants",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "education",
                table: "campaign_applicants",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "gender",
                table: "campaign_applicants",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "hired_on",
                table: "campaign_applicants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                table: "campaign_applicants",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "campaign_applicants",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "campaign_applicants",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "social_work_major",
                table: "campaign_applicants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "social_worker_certificate",
                table: "campaign_applicants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_reason",
                table: "campaign_applicants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by",
                table: "campaign_applicants",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "withdrawn_by_id",
                table: "campaign_applicants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "withdrawn_on",
                table: "campaign_applicants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "campaign_applicants",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            // ---- DATA (replay this block if the migration is regenerated; it must run before the unique index) ----
            // H3: applicants now keep their own particulars. Those registered before were people of the register:
            // copy each one's particulars from their person, who stays linked. Row-level security is forced even
            // for the owner, so this runs tenant by tenant.
            migrationBuilder.Sql("""
                DO $$
                DECLARE t uuid;
                BEGIN
                  FOR t IN SELECT id FROM tenants LOOP
                    PERFORM set_config('app.tenant_id', t::text, true);
                    UPDATE campaign_applicants a SET
                      name = p.name, id_number = p.id_number, gender = p.gender, birth_date = p.birth_date, phone = p.phone,
                      education = p.education, computer = p.computer,
                      social_work_major = p.social_work_major, social_worker_certificate = p.social_worker_certificate
                    FROM people p WHERE p.tenant_id = a.tenant_id AND p.id = a.person_id;
                  END LOOP;
                  PERFORM set_config('app.tenant_id', '', true);
                END $$;
                """);
            // ---- END DATA ----

            migrationBuilder.CreateIndex(
                name: "ix_campaign_applicants_tenant_id_campaign_id_id_number",
                table: "campaign_applicants",
                columns: new[] { "tenant_id", "campaign_id", "id_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_campaign_applicants_tenant_id_campaign_id_id_number",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "birth_date",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "computer",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "education",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "gender",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "hired_on",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "id_number",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "name",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "social_work_major",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "social_worker_certificate",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "withdrawal_reason",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "withdrawn_by_id",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "withdrawn_on",
                table: "campaign_applicants");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "campaign_applicants");

            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                table: "campaign_applicants",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_applicants_tenant_id_campaign_id_person_id",
                table: "campaign_applicants",
                columns: new[] { "tenant_id", "campaign_id", "person_id" },
                unique: true);
        }
    }
}
