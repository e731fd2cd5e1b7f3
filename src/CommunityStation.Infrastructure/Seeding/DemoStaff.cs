using CommunityStation.Infrastructure.Persistence;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>
/// People, workforce sides, posts and contracts for the demo stations (P1, S1–S5, H1–H2), so the staff
/// pages and the ratio have something real to show. Filing is left to the user (H6).
/// </summary>
internal static class DemoStaff
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["建华", "秀英", "志强", "丽娟", "海燕", "国平", "晓梅", "春生", "桂兰", "伟", "静", "敏"];

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        await DemoSeeding.ForEachRegisteredStationAsync(db, async demo =>
        {
            if (await db.WorkforceAssignments.AnyAsync(w => w.CommunityId == demo.CommunityId, ct))
            {
                return;
            }

            var community = await db.Communities.FirstAsync(c => c.Id == demo.CommunityId, ct);
            var station = await db.Stations.FirstAsync(s => s.CommunityId == demo.CommunityId, ct);
            var people = new List<Person>();
            Person NewPerson(string name, int birthYear, Education education, ComputerSkill computer, bool socialWork = false)
            {
                var n = people.Count + (demo.Index * 20);
                var first17 = $"320282{birthYear}{(n % 12) + 1:D2}{(n % 27) + 1:D2}{n % 10}{(n / 10) % 10}{n % 2}";
                var person = new Person(demo.TenantId, DemoData.PersonId(demo.TenantCode, demo.CommunityName, people.Count), name,
                    first17 + ChineseIdNumber.ComputeCheckCharacter(first17), $"1381510{n:D4}", education, computer, socialWork, false);
                people.Add(person);
                return person;
            }

            string Name(int i) => Surnames[(i + demo.Index * 3) % Surnames.Length] + Given[(i * 5 + demo.Index) % Given.Length];

            var secretary = NewPerson(demo.Head, 1972, Education.JuniorCollege, ComputerSkill.Basic);
            var deputy = NewPerson(Name(1), 1980, Education.Bachelor, ComputerSkill.Level2);
            var staff1 = NewPerson(Name(2), 1988, Education.Bachelor, ComputerSkill.Level2, socialWork: true);
            var staff2 = NewPerson(Name(3), 1983, Education.JuniorCollege, ComputerSkill.Level2);
            var rc = Enumerable.Range(4, 4).Select(i => NewPerson(Name(i), 1970 + i, Education.HighSchool, ComputerSkill.Basic)).ToList();
            var assistant = NewPerson(Name(9), 1985, Education.Secondary, ComputerSkill.Basic);
            db.People.AddRange(people);

            var from = community.RcTermStart;
            void Side(Person p, WorkforceSide side) =>
                db.WorkforceAssignments.Add(new WorkforceAssignment(demo.TenantId, Guid.CreateVersion7(), p.Id, demo.CommunityId, side, from, side == WorkforceSide.RcMember ? community.RcTermEnd : null));
            Side(secretary, WorkforceSide.PartyStaff);
            Side(secretary, WorkforceSide.StationStaff);
            Side(deputy, WorkforceSide.StationStaff);
            Side(staff1, WorkforceSide.StationStaff);
            Side(staff2, WorkforceSide.RcMember);
            Side(staff2, WorkforceSide.StationStaff);
            rc.ForEach(p => Side(p, WorkforceSide.RcMember));
            Side(assistant, WorkforceSide.Assistant);

            // S3: the party secretary and the RC director are the community's people (person records); the secretary
            // serves as head concurrently, part-time.
            community.UpdateParticulars(community.Households, community.RcTermStart, community.RcTermEnd, community.PartyOrganisation, rc[0], secretary);
            var roster = new StationRoster(demo.TenantId, station.Id, [], community.Officers);
            roster.AppointHead(secretary, fullTime: false, ["D9", "D10"], from);
            roster.AppointDeputy(deputy, fullTime: true, ["D5", "D4"], from);
            roster.AddStaff(staff1, fullTime: true, ["D5", "D8"], from);
            roster.AddStaff(staff2, fullTime: false, ["D1", "D2", "D7"], from);
            db.StationPosts.AddRange(roster.Current);

            db.Contracts.Add(Contract.Sign(demo.TenantId, Guid.CreateVersion7(), staff2.Id, station.Id, HiringChannel.A, from, community.RcTermEnd, community.RcTermEnd, [], null));
            db.Contracts.Add(Contract.Sign(demo.TenantId, Guid.CreateVersion7(), staff1.Id, station.Id, HiringChannel.B, from, ChinaDate.Of(now).AddDays(40), null, [], null));
            db.Contracts.Add(Contract.Sign(demo.TenantId, Guid.CreateVersion7(), deputy.Id, station.Id, HiringChannel.B, from, from.AddYears(3), null, [], null));
            await db.SaveChangesAsync(ct);
        }, ct);
    }
}
