using CommunityStation.Infrastructure.Persistence;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>Desks, duty rosters, posted rules and opening hours for the demo stations (B5, B6).</summary>
internal static class DemoServiceDesk
{
    public const string Rules = """
        一、工作站实行一站式服务，首问负责，诉求有专人管。
        二、工作人员挂牌上岗，文明用语，耐心解答。
        三、严格按服务事项承诺时限办结，不推诿、不拖延。
        四、工作站不从事任何经营性活动，办理各类事项不收取任何费用。
        五、接受居民和居委会评议监督，评价结果纳入年度考核。
        """;

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.CommunityId != null).Select(u => new { u.Id, u.UserName, u.DisplayName, u.TenantId, u.CommunityId }).ToListAsync(ct);
        var items = await db.ServiceItems.Select(i => new { i.Id, i.DutyAreaCode }).ToListAsync(ct);
        string[][] deskAreas = [["D5", "D4"], ["D2", "D1", "D3"], ["D6", "D7", "D8", "D9", "D10"]];
        await DemoSeeding.ForEachRegisteredStationAsync(db, async demo =>
        {
            var stationId = await db.Stations.Where(s => s.CommunityId == demo.CommunityId).Select(s => s.Id).FirstAsync(ct);
            if (await db.StationProfiles.AnyAsync(p => p.StationId == stationId, ct))
            {
                return;
            }

            db.StationProfiles.Add(new StationProfile(demo.TenantId, stationId, $"{demo.TenantCode[..2].ToUpperInvariant()}{demo.Index:D2}", "周一至周五 8:30–11:30，13:30–17:00；周六上午 9:00–11:30"));
            db.StationRuleRevisions.Add(new StationRuleRevision(demo.TenantId, Guid.CreateVersion7(), stationId, 1, Rules, Actor.System(), now));
            var staff = users.Where(u => u.CommunityId == demo.CommunityId).ToList();
            for (var i = 0; i < deskAreas.Length; i++)
            {
                var areas = deskAreas[i];
                var desk = new StationDesk(demo.TenantId, DeterministicGuid.For($"desk:{demo.TenantCode}:{demo.CommunityName}:{i + 1}"), stationId, i + 1, string.Empty, areas,
                    items.Where(it => areas.Contains(it.DutyAreaCode)).Select(it => it.Id).ToList());
                db.Desks.Add(desk);
                foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })
                {
                    if (staff.Count > 0)
                    {
                        var on = staff[(i + (int)day) % staff.Count];
                        db.DeskDuties.Add(new DeskDuty(demo.TenantId, Guid.CreateVersion7(), desk.Id, day, on.Id, on.DisplayName, on.UserName == "demo-head" ? "站长" : "工作人员"));
                    }
                }
            }

            await db.SaveChangesAsync(ct);
        }, ct);
    }
}
