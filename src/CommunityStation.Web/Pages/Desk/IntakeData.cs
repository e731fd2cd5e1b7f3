using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>The intake form's reads, all within the clerk's own station: items in the clerk's order, desks, resident matches, a resident's last visit.</summary>
internal sealed class IntakeData(AppDbContext db, UserAccess access, OwnStation station)
{
    /// <summary>How far back "most used" looks: long enough to cover a quiet month, short enough to follow a season.</summary>
    public static readonly TimeSpan UsageWindow = TimeSpan.FromDays(90);

    /// <summary>At most this many items go to the top; more would only push the rest out of sight.</summary>
    public const int MostUsed = 8;

    public const int MaxMatches = 20;

    /// <summary>
    /// Active items: first those this clerk or this desk used most over <see cref="UsageWindow"/> (most used first),
    /// then the rest by duty area. Each carries the words the type-to-search matches besides its name.
    /// </summary>
    public async Task<IReadOnlyList<ItemOption>> ItemsAsync(Guid? deskId, DateTimeOffset now, bool english)
    {
        var since = now - UsageWindow;
        var usage = await (await access.CasesAsync()).Where(c => c.StationId == station.StationId && c.ReceivedAt >= since && (c.OwnerId == station.UserId || (deskId != null && c.DeskId == deskId)))
            .GroupBy(c => c.ServiceItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var items = await db.ServiceItems.Where(i => i.IsActive).Join(db.DutyAreas, i => i.DutyAreaCode, a => a.Code, (i, a) => new { i.Id, i.NameZh, i.NameEn, i.DutyAreaCode, i.PromisedDays, a.SortOrder, AreaZh = a.NameZh, AreaEn = a.NameEn })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.NameZh).ToListAsync();
        var top = items.Where(x => usage.ContainsKey(x.Id)).OrderByDescending(x => usage[x.Id]).Take(MostUsed).Select(x => x.Id).ToHashSet();
        return items.OrderBy(x => top.Contains(x.Id) ? -usage[x.Id] : 0) // stable: the rest keep the duty-area order
            .Select(x => new ItemOption(
                x.Id, x.DutyAreaCode, english ? x.AreaEn : x.AreaZh, english && x.NameEn.Length > 0 ? x.NameEn : x.NameZh, x.PromisedDays, top.Contains(x.Id),
                string.Join(' ', new[] { x.NameZh, x.NameEn, x.AreaZh, x.AreaEn }.Where(w => w.Length > 0).Distinct())))
            .ToList();
    }

    public async Task<IReadOnlyList<DeskOption>> DesksAsync() =>
        await (await access.DesksAsync()).Where(d => d.StationId == station.StationId && d.IsActive).OrderBy(d => d.Number).Select(d => new DeskOption(d.Id, d.Number)).ToListAsync();

    /// <summary>A quick pick at the desk, not a register: the first matches by name, phone or ID number, and how many there are.</summary>
    public async Task<(int Total, IReadOnlyList<ResidentMatch> Matches)> FindResidentsAsync(string q)
    {
        var term = TextNormalizer.FoldWidth(q);
        var upper = term.ToUpperInvariant();
        var phone = ChinesePhoneNumber.NormalizeOrKeep(term); // as stored: 0510-87654321 however it was typed
        var found = (await access.ResidentsAsync()).Where(r => r.StationId == station.StationId && (r.Name.Contains(term) || r.Phone == phone || r.IdNumber == upper));
        var total = await found.CountAsync();
        var matches = (await found.OrderBy(r => r.Name).ThenBy(r => r.Id).Take(MaxMatches).Select(r => new { r.Id, r.Name, r.Phone, r.IdNumber }).ToListAsync())
            .Select(r => new ResidentMatch(r.Id, r.Name, Masking.MaskPhone(r.Phone), Masking.MaskIdNumber(r.IdNumber)))
            .ToList();
        return (total, matches);
    }

    /// <summary>The chosen resident of this station (else an audited 404) and their most recent case, if any.</summary>
    public async Task<ChosenResident> ResidentAsync(Guid id)
    {
        var name = await (await access.ResidentsAsync()).Where(r => r.Id == id && r.StationId == station.StationId).Select(r => r.Name).FirstOrDefaultAsync().OrNotFound("Resident", id);
        var last = await (await access.CasesAsync()).Where(c => c.ResidentId == id && c.StationId == station.StationId).OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => new LastVisit(c.ServiceItemId, c.DeskId, c.Channel, c.ReceivedAt)).FirstOrDefaultAsync();
        return new ChosenResident(id, name, last);
    }

    /// <summary>The resident's id when it is one of this station's residents; null otherwise.</summary>
    public async Task<Guid?> ResidentIdAsync(Guid id) =>
        await (await access.ResidentsAsync()).Where(r => r.Id == id && r.StationId == station.StationId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
}

/// <param name="Frequent">Among the clerk's and the desk's most used: shown first, in a group of their own.</param>
/// <param name="Keywords">Other words that find the item: both names and the duty area's names.</param>
public sealed record ItemOption(Guid Id, string AreaCode, string AreaName, string Name, int PromisedDays, bool Frequent, string Keywords);

public sealed record DeskOption(Guid Id, int Number);

public sealed record ResidentMatch(Guid Id, string Name, string Phone, string IdNumber);

public sealed record LastVisit(Guid ItemId, Guid? DeskId, CaseChannel Channel, DateTimeOffset ReceivedAt);

public sealed record ChosenResident(Guid Id, string Name, LastVisit? LastVisit);
