using System.Globalization;
using Npgsql;

namespace CommunityStation.Bench;

/// <summary>
/// One method per table: its columns and how each row is made from the <see cref="World"/>. A schema change
/// on another branch is one method to adapt here.
/// </summary>
public sealed class Tables(NpgsqlDataSource db, World w)
{
    private Shape S => w.Shape;

    private IEnumerable<int> Stations => Enumerable.Range(0, S.Stations);

    private static readonly DateOnly TermStart = new(2024, 1, 1);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    public Task<long> TenantsAsync() => Copy.IntoAsync(db, "tenants", "id, code, name, kind", Enumerable.Range(0, S.Tenants),
        (r, t) => r.Id(w.TenantId(t)).Text(w.TenantCode(t)).Text(w.TenantName(t)).Text(w.TenantKind(t)));

    public Task<long> CommunitiesAsync() => Copy.IntoAsync(db, "communities",
        "tenant_id, id, name, households, rc_term_start, rc_term_end, party_organisation, rc_director_name, party_secretary_name, party_secretary_id, rc_director_id",
        Enumerable.Range(0, S.Communities),
        (r, c) => r.Id(w.TenantId(w.TenantOf(c))).Id(w.CommunityId(c)).Text(w.CommunityName(c)).Whole(800 + Fake.Below(c, 3000))
            .Date(TermStart).Date(TermStart.AddYears(5).AddDays(-1)).Text($"中共{w.CommunityName(c)}委员会")
            .Text(w.PersonName(c, 0)).Text(w.PersonName(c, 0)).Id(w.PersonId(c, 0)).Id(w.PersonId(c, 0)));

    public Task<long> StationsAsync() => Copy.IntoAsync(db, "stations",
        "tenant_id, id, community_id, name, status, registration_number, uscc, registration_date, deregistered_on, head_name, head_id_number, head_phone, premises_address, premises_area_sqm, registered_capital",
        Stations,
        (r, s) => r.Id(w.TenantId(w.TenantOf(s))).Id(w.StationId(s)).Id(w.CommunityId(s)).Text(w.StationName(s)).Text("Registered")
            .Text($"宜民证字第{2008000 + s}号").Text(Fake.Uscc(s)).Date(new DateOnly(2009, 1, 5).AddDays(s % 3000)).Null()
            .Text(w.PersonName(s, 0)).Text(PersonIdNumber(s, 0)).Text(Fake.Mobile(s)).Text($"{w.CommunityName(s)}{1 + (s % 200)}号")
            .Number(120 + (s % 200)).Number(30000));

    public Task<long> StationProfilesAsync() => Copy.IntoAsync(db, "station_profiles", "tenant_id, station_id, case_code, opening_hours, phone", Stations,
        (r, s) => r.Id(w.TenantId(w.TenantOf(s))).Id(w.StationId(s)).Text(w.CaseCode(s)).Text("周一至周五 8:30—17:00").Text($"0510-8{s % 10_000_000:D7}"));

    public Task<long> DesksAsync() => Copy.IntoAsync(db, "desks", "tenant_id, id, station_id, number, name, duty_area_codes, service_item_ids, is_active",
        Stations.SelectMany(s => Enumerable.Range(0, Shape.DesksPerStation).Select(d => (s, d))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(w.DeskId(x.s, x.d)).Id(w.StationId(x.s)).Whole(x.d + 1).Text($"{x.d + 1}号窗口")
            .Texts(DeskAreas(x.d)).Ids([.. w.Items.Where(i => DeskAreas(x.d).Contains(i.Area)).Select(i => i.Id)]).Bool(true));

    public Task<long> DeskDutiesAsync() => Copy.IntoAsync(db, "desk_duties", "tenant_id, id, desk_id, day, user_id, staff_name, post",
        Stations.SelectMany(s => Enumerable.Range(0, Shape.DesksPerStation).SelectMany(d => Enumerable.Range(1, 5).Select(day => (s, d, day)))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(Ids.Of(Ids.DeskDuty, (((x.s * Shape.DesksPerStation) + x.d) * 7) + x.day)).Id(w.DeskId(x.s, x.d)).Whole(x.day)
            .Id(w.StationUserId(x.s, 1 + ((x.d + x.day) % Shape.DeskAccountsPerStation))).Text(w.PersonName(x.s, 1 + ((x.d + x.day) % Shape.DeskAccountsPerStation))).Text("工作人员"));

    public Task<long> CaseCountersAsync() => Copy.IntoAsync(db, "case_counters", "tenant_id, station_id, year, last_sequence",
        Stations.SelectMany(s => w.CasesOf(s).GroupBy(c => c.Year).Select(g => (s, g.Key, g.Max(c => c.Sequence)))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(w.StationId(x.s)).Whole(x.Key).Whole(x.Item3));

    public Task<long> PeopleAsync() => Copy.IntoAsync(db, "people",
        "tenant_id, id, name, gender, birth_date, id_number, phone, education, computer, social_work_major, social_worker_certificate",
        Stations.SelectMany(s => Enumerable.Range(0, S.StaffPerStation).Select(k => (s, k))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(w.PersonId(x.s, x.k)).Text(w.PersonName(x.s, x.k)).Text(Male(x.s, x.k) ? "Male" : "Female")
            .Date(Birth(x.s, x.k)).Text(PersonIdNumber(x.s, x.k)).Text(Fake.Mobile(w.PersonNumber(x.s, x.k) + 7))
            .Text(x.k < 4 ? "Bachelor" : "JuniorCollege").Text("Level2").Bool(x.k % 4 == 0).Bool(x.k % 5 == 0));

    public Task<long> WorkforceAssignmentsAsync() => Copy.IntoAsync(db, "workforce_assignments", "tenant_id, id, person_id, community_id, side, \"from\", \"to\"",
        Stations.SelectMany(s => Enumerable.Range(0, S.StaffPerStation).Select(k => (s, k))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(Ids.Of(Ids.Workforce, w.PersonNumber(x.s, x.k))).Id(w.PersonId(x.s, x.k)).Id(w.CommunityId(x.s))
            .Text(x.k switch { 0 => "PartyStaff", < 4 => "RcMember", < 8 => "StationStaff", _ => "Assistant" }).Date(new DateOnly(2020, 1, 1)).Null());

    public Task<long> StationPostsAsync() => Copy.IntoAsync(db, "station_posts", "tenant_id, id, station_id, person_id, kind, full_time, duties, \"from\", \"to\"",
        Stations.SelectMany(s => Enumerable.Range(0, S.StaffPerStation).Select(k => (s, k))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(Ids.Of(Ids.Post, w.PersonNumber(x.s, x.k))).Id(w.StationId(x.s)).Id(w.PersonId(x.s, x.k))
            .Text(x.k switch { 0 => "Head", 1 => "Deputy", _ => "Staff" }).Bool(x.k != 0).Texts(DeskAreas(x.k % 3)).Date(new DateOnly(2020, 1, 1)).Null());

    public Task<long> ContractsAsync() => Copy.IntoAsync(db, "contracts",
        "tenant_id, id, person_id, station_id, channel, start, \"end\", renewal_of, warnings, override_reason, deployed_from",
        Stations.SelectMany(s => Enumerable.Range(4, S.StaffPerStation - 4).Select(k => (s, k))),
        (r, x) => r.Id(w.TenantId(w.TenantOf(x.s))).Id(Ids.Of(Ids.Contract, w.PersonNumber(x.s, x.k))).Id(w.PersonId(x.s, x.k)).Id(w.StationId(x.s))
            .Text(x.k % 2 == 0 ? "A" : "B").Date(new DateOnly(2024, 1, 1)).Date(new DateOnly(2026 + (x.k % 3), 12, 31)).Null().Null().Null().Null());

    /// <summary>Each station's roster filed once a year and acknowledged; this year's is waiting for the bureau at a tenth of the stations.</summary>
    public Task<long> RosterFilingsAsync() => Copy.IntoAsync(db, "roster_filings",
        "tenant_id, id, station_id, lines, status, filed_by, filed_at, decided_by, decided_at, reasons, decided_by_id, filed_by_id",
        Stations.SelectMany(s => Enumerable.Range(0, S.Years).Select(y => (s, y))),
        (r, x) =>
        {
            var filed = w.Now.AddYears(x.y - S.Years + 1).AddDays(-30);
            var waiting = x.y == S.Years - 1 && x.s % 10 == 0;
            r.Id(w.TenantId(w.TenantOf(x.s))).Id(Ids.Of(Ids.Filing, ((long)x.s * S.Years) + x.y)).Id(w.StationId(x.s)).Texts(RosterLines(x.s))
                .Text(waiting ? "Filed" : "Acknowledged").Text(w.TenantName(w.TenantOf(x.s)) + "干部").Time(filed);
            if (waiting)
            {
                r.Null().Null().Null().Null();
            }
            else
            {
                r.Text("市民政局审核员").Time(filed.AddDays(5)).Null().Id(w.BureauUserId);
            }

            r.Id(w.TownUserId(w.TenantOf(x.s)));
        });

    /// <summary>Every station's establishing application (registered) and, at one community in ten, a change waiting for the town or the bureau.</summary>
    public Task<long> StationApplicationsAsync() => Copy.IntoAsync(db, "station_applications",
        "tenant_id, id, community_id, kind, station_id, station_name, status, round, created_at, created_by, queued_at, head_name, head_id_number, head_phone, head_education, " +
        "head_is_secretary_or_director, premises_address, premises_area_sqm, premises_use_right_basis, registered_capital, capital_source, town_opinion, town_opinion_by, town_opinion_at, " +
        "last_return_reason, registration_number, uscc, registration_date, step_count, last_actor, created_by_id, last_actor_id, town_opinion_by_id",
        Applications(),
        (r, a) =>
        {
            var s = a.Station;
            var t = w.TenantOf(s);
            r.Id(w.TenantId(t)).Id(a.Id).Id(w.CommunityId(s)).Text(a.Change ? "ChangeParticulars" : "Establish").Id(w.StationId(s)).Text(w.StationName(s)).Text(a.Status).Whole(1)
                .Time(a.Created).Text(w.CommunityName(s) + "居委会").Time(a.Created.AddDays(2)).Text(w.PersonName(s, 0)).Text(PersonIdNumber(s, 0)).Text(Fake.Mobile(s))
                .Text("Bachelor").Bool(true).Text($"{w.CommunityName(s)}{1 + (s % 200)}号").Number(120 + (s % 200)).Text("社区用房").Number(30000).Text("财政拨款");
            if (a.Status is "AgreedByTown" or "Registered")
            {
                r.Text("同意。").Text(w.TenantName(t) + "干部").Time(a.Created.AddDays(4));
            }
            else
            {
                r.Null().Null().Null();
            }

            r.Null();
            if (a.Status == "Registered")
            {
                r.Text($"宜民证字第{2008000 + s}号").Text(Fake.Uscc(s)).Date(new DateOnly(2009, 1, 5).AddDays(s % 3000));
            }
            else
            {
                r.Null().Null().Null();
            }

            r.Whole(a.Steps).Text(w.CommunityName(s) + "居委会").Id(w.RcUserId(s)).Id(w.RcUserId(s));
            r.Id(a.Status is "AgreedByTown" or "Registered" ? w.TownUserId(t) : null);
        });

    public Task<long> ApplicationStepsAsync() => Copy.IntoAsync(db, "application_steps",
        "tenant_id, application_id, sequence, round, action, actor_name, actor_role, at, status_after, comment, documents, actor_id",
        Applications().SelectMany(a => Enumerable.Range(1, a.Steps).Select(n => (a, n))),
        (r, x) =>
        {
            var (action, role, after) = x.n switch
            {
                1 => ("Created", "RcOfficer", "Draft"),
                2 => ("Submitted", "RcOfficer", "SubmittedToTown"),
                3 => ("TownAgreed", "TownOfficial", "AgreedByTown"),
                _ => ("BureauRegistered", "Bureau", "Registered"),
            };
            r.Id(w.TenantId(w.TenantOf(x.a.Station))).Id(x.a.Id).Whole(x.n).Whole(1).Text(action).Text(role == "Bureau" ? "市民政局审核员" : w.CommunityName(x.a.Station))
                .Text(role).Time(x.a.Created.AddDays(x.n)).Text(after).Null().Null().Id(role == "Bureau" ? w.BureauUserId : w.RcUserId(x.a.Station));
        });

    public Task<long> UsersAsync() => Copy.IntoAsync(db, "users",
        "id, display_name, tenant_id, community_id, is_disabled, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, " +
        "security_stamp, concurrency_stamp, phone_number, phone_number_confirmed, two_factor_enabled, lockout_end, lockout_enabled, access_failed_count, person_id",
        Accounts(),
        (r, a) => r.Id(a.Id).Text(a.Display).Id(a.Tenant).Id(a.Community).Bool(false).Time(w.Now.AddYears(-S.Years)).Text(a.Name).Text(a.Name.ToUpperInvariant())
            .Null().Null().Bool(false).Text(w.PasswordHash).Text(a.Id.ToString("N")).Text(a.Id.ToString()).Null().Bool(false).Bool(false).Null().Bool(true).Whole(0).Id(a.Person));

    public Task<long> UserRolesAsync() => Copy.IntoAsync(db, "user_roles", "user_id, role_id", Accounts(), (r, a) => r.Id(a.Id).Id(w.Roles[a.Role]));

    public Task<long> ResidentsAsync() => Copy.IntoAsync(db, "residents", "tenant_id, id, station_id, name, id_number, phone, elderly_or_disabled, created_at",
        Stations.SelectMany(s => Enumerable.Range(0, S.ResidentsPerStation).Select(i => (s, i))),
        (r, x) =>
        {
            var seed = ((long)x.s * S.ResidentsPerStation) + x.i;
            var birth = new DateOnly(1940, 1, 1).AddDays(Fake.Below(seed, 365 * 65));
            r.Id(w.TenantId(w.TenantOf(x.s))).Id(w.ResidentId(x.s, x.i)).Id(w.StationId(x.s)).Text(Fake.Name(seed + 11))
                .Text(Fake.Below(seed + 1, 5) == 0 ? null : Fake.IdNumber(seed, birth, seed % 2 == 0)).Text(Fake.Mobile(seed + 13))
                .Bool(birth.Year < 1956).Time(w.Now.AddYears(-S.Years).AddMinutes(Fake.Below(seed + 2, 60 * 24 * 365 * S.Years)));
        });

    public Task<long> ServiceCasesAsync() => Copy.IntoAsync(db, "service_cases",
        "tenant_id, id, station_id, number, year, sequence, resident_id, desk_id, duty_area_code, service_item_id, channel, consent_recorded, request, status, owner_id, owner_name, " +
        "received_at, promised_by, completed_at, result, referred_to, referral_department, referral_note, rating_token_hash, rating_token_expires_at, rated_at, step_count, last_actor, " +
        "intake_token, last_actor_id, receipt_token_sealed",
        Stations.SelectMany(w.CasesOf),
        (r, c) =>
        {
            var t = w.TenantOf(c.Station);
            var referred = c.Status == "Referred";
            r.Id(w.TenantId(t)).Id(c.Id).Id(w.StationId(c.Station)).Text($"{w.CaseCode(c.Station)}-{N(c.Year)}-{c.Sequence:D6}").Whole(c.Year).Whole(c.Sequence)
                .Id(c.Resident is { } res ? w.ResidentId(c.Station, res) : null).Id(w.DeskId(c.Station, c.Desk)).Text(c.Item.Area).Id(c.Item.Id)
                .Text(c.Index % 10 == 0 ? "Phone" : "WalkIn").Bool(false).Text($"申请办理{c.Item.Name}").Text(c.Status)
                .Id(w.StationUserId(c.Station, c.Owner)).Text(w.PersonName(c.Station, c.Owner)).Time(c.ReceivedAt).Date(c.PromisedBy).Time(c.CompletedAt)
                .Text(c.CompletedAt is null ? null : "已办结。").Text(referred ? "Department" : null).Text(referred ? "区民政局" : null).Text(referred ? "转相关部门办理。" : null)
                .Text(Fake.Hash64(c.Id.GetHashCode())).Time(c.ReceivedAt.AddDays(30)).Time(c.Rated ? c.CompletedAt!.Value.AddDays(1) : null)
                .Whole(StepCount(c)).Text(c.Rated ? "居民" : w.PersonName(c.Station, c.Owner)).Null().Id(c.Rated ? null : w.StationUserId(c.Station, c.Owner)).Null();
        });

    public Task<long> CaseStepsAsync() => Copy.IntoAsync(db, "case_steps", "tenant_id, case_id, sequence, action, actor_name, at, note, actor_id",
        Stations.SelectMany(w.CasesOf).SelectMany(c => Enumerable.Range(1, StepCount(c)).Select(n => (c, n))),
        (r, x) =>
        {
            var c = x.c;
            var action = x.n switch
            {
                1 => "Received",
                2 => "Started",
                3 => c.Status == "Referred" ? "Referred" : "Completed",
                _ => "Rated",
            };
            var at = action switch
            {
                "Received" => c.ReceivedAt,
                "Started" => c.ReceivedAt.AddMinutes(10),
                "Referred" => c.ReceivedAt.AddMinutes(30),
                "Completed" => c.CompletedAt!.Value,
                _ => c.CompletedAt!.Value.AddDays(1),
            };
            var resident = action == "Rated";
            r.Id(w.TenantId(w.TenantOf(c.Station))).Id(c.Id).Whole(x.n).Text(action).Text(resident ? "居民" : w.PersonName(c.Station, c.Owner)).Time(at)
                .Text(action == "Completed" ? "已办结。" : null).Id(resident ? null : w.StationUserId(c.Station, c.Owner));
        });

    public Task<long> RatingsAsync() => Copy.IntoAsync(db, "ratings", "tenant_id, id, case_id, station_id, desk_id, duty_area_code, staff_id, staff_name, level, comment, at",
        Stations.SelectMany(w.CasesOf).Where(c => c.Rated),
        (r, c) => r.Id(w.TenantId(w.TenantOf(c.Station))).Id(Ids.Of(Ids.Rating, ((long)c.Station * S.CasesPerStation) + c.Index)).Id(c.Id).Id(w.StationId(c.Station))
            .Id(w.DeskId(c.Station, c.Desk)).Text(c.Item.Area).Id(w.StationUserId(c.Station, c.Owner)).Text(w.PersonName(c.Station, c.Owner))
            .Text(c.RatingLevel switch { 1 => "Satisfied", 2 => "BasicallySatisfied", _ => "Dissatisfied" }).Null().Time(c.CompletedAt!.Value.AddDays(1)));

    /// <summary>Forty notifications per account over the years, the newest three unread.</summary>
    public Task<long> NotificationsAsync() => Copy.IntoAsync(db, "notifications", "id, recipient_id, title, link, created_at, read_at",
        Accounts().SelectMany(a => Enumerable.Range(0, Math.Max(4, (int)(40 * S.Fraction))).Select(n => (a, n, count: Math.Max(4, (int)(40 * S.Fraction))))),
        (r, x) =>
        {
            var at = w.Now.AddDays(-((x.count - x.n) * 90.0 * S.Years / x.count));
            r.Id(Ids.Of(Ids.Notification, ((long)x.a.Number * 1000) + x.n)).Id(x.a.Id).Text("有一件事项等待您办理").Text("/Inbox").Time(at).Time(x.n >= x.count - 3 ? null : at.AddHours(3));
        });

    /// <summary>One audit row per case change (received, completed) over the ten years, by its owner; identity ids are left to the database.</summary>
    public Task<long> AuditEntriesAsync() => Copy.IntoAsync(db, "audit_entries", "occurred_at, kind, user_id, user_name, tenant_id, entity, entity_key, before, after, detail, ip_address",
        Stations.SelectMany(w.CasesOf).SelectMany(c => c.CompletedAt is null ? [(c, false)] : new[] { (c, false), (c, true) }),
        (r, x) => r.Time(x.Item2 ? x.c.CompletedAt : x.c.ReceivedAt).Text(x.Item2 ? "Updated" : "Created").Id(w.StationUserId(x.c.Station, x.c.Owner))
            .Text(w.StationUserName(x.c.Station, x.c.Owner)).Id(w.TenantId(w.TenantOf(x.c.Station))).Text("ServiceCase").Text(x.c.Id.ToString())
            .Json(x.Item2 ? """{"Status":"InProgress"}""" : null).Json(x.Item2 ? """{"Status":"Completed"}""" : """{"Status":"Received"}""").Null().Text("10.0.0.1"));

    private static int StepCount(World.CaseFacts c) => c.Status switch
    {
        "Received" => 1,
        "InProgress" => 2,
        "Referred" => 3,
        _ => c.Rated ? 4 : 3,
    };

    private static string[] DeskAreas(int d) => d switch
    {
        0 => ["D1", "D2", "D3"],
        1 => ["D4", "D5", "D6", "D7"],
        _ => ["D8", "D9", "D10"],
    };

    private bool Male(int s, int k) => w.PersonNumber(s, k) % 2 == 1;

    private DateOnly Birth(int s, int k) => new DateOnly(1970, 1, 1).AddDays(Fake.Below(w.PersonNumber(s, k), 365 * 28));

    /// <summary>Unique per tenant (a tenant has far fewer than 500 staff): the order code carries the person's number, its last digit the gender.</summary>
    private string PersonIdNumber(int s, int k) => Fake.IdNumber(Birth(s, k), ((w.PersonNumber(s, k) % 500) * 2) + (Male(s, k) ? 1 : 0));

    private string[] RosterLines(int s) =>
        [.. Enumerable.Range(0, S.StaffPerStation).Select(k => $"{(k switch { 0 => "站长", 1 => "副站长", _ => "工作人员" })}|{w.PersonName(s, k)}|{(k == 0 ? "兼职" : "专职")}|{string.Join(",", DeskAreas(k % 3))}")];

    private sealed record Application(Guid Id, int Station, bool Change, string Status, int Steps, DateTimeOffset Created);

    private IEnumerable<Application> Applications()
    {
        foreach (var s in Stations)
        {
            yield return new Application(Ids.Of(Ids.Application, s * 2L), s, false, "Registered", 4, w.Now.AddYears(-S.Years).AddDays(s % 300));
            if (s % 10 == 3)
            {
                var agreed = s % 20 == 3;
                yield return new Application(Ids.Of(Ids.Application, (s * 2L) + 1), s, true, agreed ? "AgreedByTown" : "SubmittedToTown", agreed ? 3 : 2, w.Now.AddDays(-(s % 20)));
            }
        }
    }

    private sealed record Account(long Number, Guid Id, string Name, string Display, string Role, Guid? Tenant, Guid? Community, Guid? Person);

    private IEnumerable<Account> Accounts()
    {
        foreach (var s in Stations)
        {
            var t = w.TenantId(w.TenantOf(s));
            for (var k = 0; k <= Shape.DeskAccountsPerStation; k++)
            {
                yield return new Account(w.StationUserNumber(s, k), w.StationUserId(s, k), w.StationUserName(s, k), w.PersonName(s, k), k == 0 ? "StationHead" : "DeskStaff", t, w.CommunityId(s), w.PersonId(s, k));
            }
        }

        for (var t = 0; t < S.Tenants; t++)
        {
            yield return new Account(10_000_000 + t, w.TownUserId(t), w.TownUserName(t), w.TenantName(t) + "干部", "TownOfficial", w.TenantId(t), null, null);
        }

        for (var c = 0; c < S.Communities; c++)
        {
            yield return new Account(20_000_000 + c, w.RcUserId(c), w.RcUserName(c), w.CommunityName(c) + "居委会", "RcOfficer", w.TenantId(w.TenantOf(c)), w.CommunityId(c), null);
        }

        yield return new Account(30_000_000, w.BureauUserId, "bench-bureau", "市民政局审核员", "Bureau", null, null, null);
        yield return new Account(30_000_001, w.AdminUserId, "bench-admin", "系统管理员", "Admin", null, null, null);
    }
}
