using CommunityStation.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>Loads the working calendar in force (every year's entries not removed) for "N working days" deadlines.</summary>
public static class WorkingCalendars
{
    public static async Task<WorkingCalendar> WorkingCalendarAsync(this AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // A few dozen rows a year: loaded whole, no cache to go stale after the bureau's change.
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Removed == null)
            .Select(d => new { d.Date, d.Kind })
            .ToListAsync(ct);
        return new WorkingCalendar(days.Select(d => KeyValuePair.Create(d.Date, d.Kind)));
    }
}
