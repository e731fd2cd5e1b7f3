using System.Globalization;
using System.Text;
using CommunityStation.Infrastructure.Documents;
using CommunityStation.Infrastructure.Persistence;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>
/// Registers the demo stations the honest way: through the workflow (R1–R4), with small placeholder
/// PDFs in every document slot, so the register, staff and service-desk features have stations to use.
/// </summary>
internal static class DemoStations
{
    private static readonly DateTimeOffset Pilot = new(2008, 11, 3, 2, 0, 0, TimeSpan.Zero);

    // Demo documents pass the same R4 inspection as uploads.
    private static readonly DocumentInspector Inspector = new();

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        await DemoSeeding.ForEachRegisteredStationAsync(db, async demo =>
        {
            if (await db.StationApplications.AnyAsync(a => a.CommunityId == demo.CommunityId, ct))
            {
                return;
            }

            var tenant = DemoData.Tenants.Single(t => t.Code == demo.TenantCode);
            var application = Start(tenant, demo.CommunityName, demo.Head, demo.Index);
            var rc = Actor.System(ActorRole.RcOfficer, tenant.Id, demo.CommunityId);
            AttachDocuments(db, application, rc);
            application.Submit(rc, DocumentSlots.RcSide, "全部材料 v1", Pilot.AddDays(demo.Index));
            application.TownAgree(Actor.System(ActorRole.TownOfficial, tenant.Id, null), "经审核，同意设立。", Pilot.AddDays(demo.Index + 7));
            var uscc = UnifiedSocialCreditCode.Require(UnifiedSocialCreditCode.Compose("52320282", $"MJ{demo.Index:D6}"));
            var station = application.Register(Actor.System(ActorRole.Bureau, null, null), demo.Number, uscc, DateOnly.FromDateTime(Pilot.AddDays(demo.Index + 20).UtcDateTime), null, Pilot.AddDays(demo.Index + 20))!;
            db.StationApplications.Add(application);
            db.Stations.Add(station);
            await db.SaveChangesAsync(ct);
        }, ct);

        var (pendingTenant, pendingCommunity, pendingHead) = DemoData.PendingApplication;
        var pendingTenantRow = DemoData.Tenants.Single(t => t.Code == pendingTenant);
        var communityId = DemoData.CommunityId(pendingTenant, pendingCommunity);
        await DemoSeeding.InTenantAsync(db, pendingTenantRow.Id, async () =>
        {
            if (!await db.StationApplications.AnyAsync(a => a.CommunityId == communityId, ct))
            {
                var application = Start(pendingTenantRow, pendingCommunity, pendingHead, 99);
                var rc = Actor.System(ActorRole.RcOfficer, pendingTenantRow.Id, communityId);
                AttachDocuments(db, application, rc);
                application.Submit(rc, DocumentSlots.RcSide, "全部材料 v1", now.AddDays(-3));
                db.StationApplications.Add(application);
                await db.SaveChangesAsync(ct);
            }
        }, ct);
    }

    private static StationApplication Start(DemoData.DemoTenant tenant, string communityName, string head, int index)
    {
        var communityId = DemoData.CommunityId(tenant.Code, communityName);
        var rc = Actor.System(ActorRole.RcOfficer, tenant.Id, communityId);
        var birth = $"3202821975{(index % 12) + 1:D2}15{index % 10}2{index % 10}";
        var idNumber = birth + ChineseIdNumber.ComputeCheckCharacter(birth);
        var particulars = new ApplicationParticulars(
            head, idNumber, $"1391510{index:D4}", "大专", true, $"{tenant.Name}{communityName}社区事务受理大厅", 150m, "产权自有", 50000m, "镇（街道）资助");
        return StationApplication.Start(rc, DeterministicGuid.For($"application:{tenant.Code}:{communityName}"), tenant.Id, communityId, tenant.Name, communityName,
            ApplicationKind.Establish, null, false, particulars, Pilot.AddDays(index - 10));
    }

    private static void AttachDocuments(AppDbContext db, StationApplication application, Actor rc)
    {
        foreach (var slot in DocumentSlots.RcSide)
        {
            var file = UploadedFile.Accept(PlaceholderPdf($"demo placeholder: {slot}"), 10 * 1024 * 1024, Inspector);
            application.RecordUpload(rc, slot, 1, Pilot);
            db.ApplicationDocuments.Add(new ApplicationDocument(application.TenantId, Guid.CreateVersion7(), application.Id, slot, 1, $"{slot}.pdf", file, rc, Pilot));
        }
    }

    /// <summary>A blank one-page PDF titled <paramref name="title"/>, with a correct cross-reference table, so a parser reads it.</summary>
    internal static byte[] PlaceholderPdf(string title)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Title ({title}) /Producer (CommunityStation demo) >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
