using CommunityStation.Domain.Calendar;
using CommunityStation.Domain.Inbox;
using CommunityStation.Domain.Settings;
using CommunityStation.Web.Pages.Registration.Applications;

namespace CommunityStation.Web.Infrastructure.Reminders;

/// <summary>A reminder and the users it goes to.</summary>
public sealed record DueReminder(Reminder Reminder, IReadOnlyList<Guid> Recipients);

/// <summary>What a run knows before it enters any tenant: the day, the settings in force, the calendar and who may be told.</summary>
public sealed record ReminderDay(DateOnly Today, PolicySettingHistory Settings, WorkingCalendar Calendar, Recipients Recipients)
{
    public int Setting(string key) => (int)Settings.ValueOn(key, Today);
}

/// <summary>
/// Finds, inside one tenant (the unit of work is already switched into it, so the tenant filter and row-level
/// security apply as to any user of that tenant), every thing due a reminder today and who is told.
/// </summary>
public static class ReminderFinder
{
    public static async Task<IReadOnlyList<DueReminder>> FindAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(day);
        var found = new List<DueReminder>();
        found.AddRange(await ContractsAsync(db, tenantId, day, ct));
        found.AddRange(await RcTermsAsync(db, tenantId, day, ct));
        found.AddRange(await CasesAsync(db, tenantId, day, ct));
        found.AddRange(await RostersAsync(db, tenantId, day, ct));
        found.AddRange(await ApplicationsAsync(db, tenantId, day, ct));
        return found.Where(f => f.Recipients.Count > 0).ToList();
    }

    /// <summary>H2: contracts ending within the warning window that nobody has renewed or carried on (H5) yet.</summary>
    private static async Task<IEnumerable<DueReminder>> ContractsAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        var today = day.Today;
        var last = today.AddDays(day.Setting(PolicySettingKeys.ContractExpiryWarningDays));
        var contracts = await (from c in db.Contracts
                               join p in db.People on new { c.TenantId, Id = c.PersonId } equals new { p.TenantId, p.Id }
                               where c.End >= today && c.End <= last
                                     && !db.Contracts.Any(n => n.RenewalOf == c.Id || n.DeployedFrom == c.Id)
                               select new { c.Id, c.PersonId, p.Name, c.End })
            .ToListAsync(ct);
        var town = day.Recipients.InRole(AppRoles.TownOfficial, tenantId);
        return contracts.Select(c => new DueReminder(
            new Reminder(ReminderKind.ContractExpiring, c.Id, today, Title(ReminderKind.ContractExpiring, c.Name, c.End), $"/Staff/People/Details/{c.PersonId}"), town));
    }

    /// <summary>The RC term (换届) ends within the window: the town prepares the election, and channel-A contracts end with it (H2).</summary>
    private static async Task<IEnumerable<DueReminder>> RcTermsAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        var today = day.Today;
        var last = today.AddDays(day.Setting(PolicySettingKeys.RcTermEndingReminderDays));
        var communities = await db.Communities.Where(c => c.RcTermEnd >= today && c.RcTermEnd <= last)
            .Select(c => new { c.Id, c.Name, c.RcTermEnd }).ToListAsync(ct);
        var town = day.Recipients.InRole(AppRoles.TownOfficial, tenantId);
        return communities.Select(c => new DueReminder(
            new Reminder(ReminderKind.RcTermEnding, c.Id, today, Title(ReminderKind.RcTermEnding, c.Name, c.RcTermEnd), $"/Communities/Details/{c.Id}"), town));
    }

    /// <summary>P2: open cases past their promised day (to the owner and the station head), or due on the next working day (to the owner).</summary>
    private static async Task<IEnumerable<DueReminder>> CasesAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        var today = day.Today;
        var next = day.Calendar.AddWorkingDays(today, 1);
        var open = db.ServiceCases.Where(ServiceCase.Open);
        var overdue = await CaseRowsAsync(db, open.Where(ServiceCase.IsOverdueAt(today)), ct);
        var dueNext = await CaseRowsAsync(db, open.Where(c => c.PromisedBy == next), ct);
        return overdue.Select(c => new DueReminder(
                new Reminder(ReminderKind.CaseOverdue, c.Id, today, Title(ReminderKind.CaseOverdue, c.Number, c.PromisedBy), CaseLink(c.Id)),
                [.. day.Recipients.User(c.OwnerId).Union(day.Recipients.InRole(AppRoles.StationHead, tenantId, c.CommunityId))]))
            .Concat(dueNext.Where(c => ReminderRules.DueNextWorkingDay(c.PromisedBy, today, day.Calendar)).Select(c => new DueReminder(
                new Reminder(ReminderKind.CaseDueTomorrow, c.Id, today, Title(ReminderKind.CaseDueTomorrow, c.Number, c.PromisedBy), CaseLink(c.Id)),
                day.Recipients.User(c.OwnerId))));
    }

    private static Task<List<CaseRow>> CaseRowsAsync(AppDbContext db, IQueryable<ServiceCase> cases, CancellationToken ct) =>
        (from c in cases
         join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
         select new CaseRow(c.Id, c.Number, c.OwnerId, s.CommunityId, c.PromisedBy)).ToListAsync(ct);

    private sealed record CaseRow(Guid Id, string Number, Guid OwnerId, Guid CommunityId, DateOnly PromisedBy);

    private static string CaseLink(Guid id) => $"/Desk/Cases/Details/{id}";

    /// <summary>H6: a roster that differs from its last acknowledged filing, with nothing filed since, for more than N working days.</summary>
    private static async Task<IEnumerable<DueReminder>> RostersAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        var stations = await db.Stations.Where(s => s.Status == StationStatus.Registered)
            .Select(s => new { s.Id, s.TenantId, s.Name, s.RegistrationDate }).ToListAsync(ct);
        if (stations.Count == 0)
        {
            return [];
        }

        var states = await db.FilingStatesAsync(stations.Select(s => (s.Id, s.TenantId)).ToList(), ct);
        var ids = stations.Select(s => s.Id).ToList();
        var changes = await db.StationPosts.Where(p => ids.Contains(p.StationId)).Select(p => new { p.StationId, p.From, p.To }).ToListAsync(ct);
        var days = day.Setting(PolicySettingKeys.RosterOutOfDateReminderDays);
        var town = day.Recipients.InRole(AppRoles.TownOfficial, tenantId);
        return stations.Zip(states)
            .Where(x => x.Second.OutOfDate && !x.Second.Pending)
            .Where(x =>
            {
                var acknowledged = x.Second.LastAcknowledged?.Decided is { } decided ? ChinaDate.Of(decided.At) : (DateOnly?)null;
                var posts = changes.Where(c => c.StationId == x.First.Id).SelectMany(c => c.To is { } to ? [c.From, to] : new[] { c.From });
                var since = RosterFiling.OutOfDateSince(acknowledged, x.First.RegistrationDate, posts);
                return ReminderRules.WaitedLongerThan(since, day.Today, days, day.Calendar);
            })
            .Select(x => new DueReminder(
                new Reminder(ReminderKind.RosterFilingOutOfDate, x.First.Id, day.Today, Title(ReminderKind.RosterFilingOutOfDate, x.First.Name), $"/Staff/Stations/Roster/{x.First.Id}"), town));
    }

    /// <summary>R2 and R3: applications waiting at the town or at the bureau for more than N working days since they arrived there.</summary>
    private static async Task<IEnumerable<DueReminder>> ApplicationsAsync(AppDbContext db, Guid tenantId, ReminderDay day, CancellationToken ct)
    {
        var atTown = ApplicationTurn.WaitingFor(ActorRole.TownOfficial);
        var atBureau = ApplicationTurn.WaitingFor(ActorRole.Bureau);
        var waiting = await db.StationApplications.Where(a => a.QueuedAt != null && (atTown.Contains(a.Status) || atBureau.Contains(a.Status)))
            .Select(a => new { a.Id, a.StationName, a.Kind, a.Status, QueuedAt = a.QueuedAt!.Value }).ToListAsync(ct);
        var townDays = day.Setting(PolicySettingKeys.TownWaitingReminderDays);
        var bureauDays = day.Setting(PolicySettingKeys.BureauWaitingReminderDays);
        var town = day.Recipients.InRole(AppRoles.TownOfficial, tenantId);
        var bureau = day.Recipients.InRole(AppRoles.Bureau, null);
        return waiting
            .Select(a => atTown.Contains(a.Status)
                ? (a, Kind: ReminderKind.ApplicationWaitingAtTown, Days: townDays, To: town)
                : (a, Kind: ReminderKind.ApplicationWaitingAtBureau, Days: bureauDays, To: bureau))
            .Where(x => ReminderRules.WaitedLongerThan(ChinaDate.Of(x.a.QueuedAt), day.Today, x.Days, day.Calendar))
            .Select(x => new DueReminder(
                new Reminder(x.Kind, x.a.Id, day.Today, RecordedText.Notification(ReminderRules.Lead(x.Kind), x.a.StationName, x.a.Kind), ApplicationHeader.Link(x.a.Id)), x.To));
    }

    /// <summary>"{lead}：{subject} · {date}", stored in Chinese like every notification title and translated when shown.</summary>
    private static string Title(ReminderKind kind, string subject, DateOnly? date = null) =>
        date is { } d ? $"{ReminderRules.Lead(kind)}：{subject} · {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : $"{ReminderRules.Lead(kind)}：{subject}";
}
