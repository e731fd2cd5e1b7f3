using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>One station as the register, certificate and plaque pages show it.</summary>
public sealed record StationView(
    Guid Id, Guid TenantId, string Tenant, Guid CommunityId, string Community, string Name, StationStatus Status,
    string RegistrationNumber, string Uscc, DateOnly RegistrationDate, DateOnly? DeregisteredOn,
    string HeadName, string PremisesAddress, decimal PremisesAreaSqm, decimal RegisteredCapital)
{
    /// <summary>R5: the community or the town was renamed since registration; the name changes by a change application.</summary>
    public bool NeedsNameChange => Status == StationStatus.Registered && !StationName.IsUniform(Name, Tenant, Community);

    /// <summary>
    /// Stations are visible to the bureau and admin (audited city read), to their town, and to the
    /// RC and station staff of their own community.
    /// </summary>
    public static async Task<StationView?> FindAsync(AppDbContext db, IQueryable<Station> stations, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);

        return await (from s in stations
                      join c in db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                      join t in db.Tenants on s.TenantId equals t.Id
                      where s.Id == id
                      select new StationView(s.Id, s.TenantId, t.Name, c.Id, c.Name, s.Name, s.Status, s.RegistrationNumber, s.Uscc, s.RegistrationDate, s.DeregisteredOn,
                          s.HeadName, s.PremisesAddress, s.PremisesAreaSqm, s.RegisteredCapital))
            .FirstOrDefaultAsync();
    }
}
