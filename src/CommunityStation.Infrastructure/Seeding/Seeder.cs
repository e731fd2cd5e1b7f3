using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>Seeds reference data (every environment) and the demo city (Development only). Idempotent.</summary>
public sealed class Seeder
{
    private readonly AppDbContext _db;
    private readonly UserManager<AppUser> _users;
    private readonly RoleManager<AppRole> _roles;
    private readonly ILogger<Seeder> _logger;
    private readonly TimeProvider _clock;

    public Seeder(AppDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, ILogger<Seeder> logger, TimeProvider clock)
    {
        _db = db;
        _users = users;
        _roles = roles;
        _logger = logger;
        _clock = clock;
    }

    public async Task SeedReferenceDataAsync(CancellationToken ct = default)
    {
        _db.Tenant.SetUser(null, "system", null);
        foreach (var role in AppRoles.All)
        {
            if (!await _roles.RoleExistsAsync(role))
            {
                Check(await _roles.CreateAsync(new AppRole(role)));
            }
        }

        var knownAreas = await _db.DutyAreas.Select(a => a.Code).ToListAsync(ct);
        _db.DutyAreas.AddRange(ReferenceData.DutyAreas().Where(a => !knownAreas.Contains(a.Code)));
        await _db.SaveChangesAsync(ct);

        if (!await _db.ServiceItems.AnyAsync(ct))
        {
            _db.ServiceItems.AddRange(ReferenceData.ServiceItems());
            await _db.SaveChangesAsync(ct);
        }

        await CalendarReference.SeedAsync(_db, _clock.GetUtcNow(), ct);
    }

    /// <summary>Creates an administrator from configuration when the database has none (first production start).</summary>
    public async Task EnsureAdministratorAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        if ((await _users.GetUsersInRoleAsync(AppRoles.Admin)).Count > 0)
        {
            return;
        }

        var user = new AppUser { UserName = userName, DisplayName = userName, CreatedAt = _clock.GetUtcNow(), LockoutEnabled = true };
        Check(await _users.CreateAsync(user, password));
        Check(await _users.AddToRoleAsync(user, AppRoles.Admin));

        // The password came through configuration (an environment variable, a file): the administrator replaces it
        // at the first sign-in, and enrols an authenticator then (Admin is a two-factor role).
        Check(await _users.RequirePasswordChangeAsync(user));
        _logger.LogInformation("Created the first administrator {UserName}; they choose a new password at the first sign-in", userName);
    }

    public async Task SeedDemoAsync(CancellationToken ct = default)
    {
        _db.Tenant.SetUser(null, "system", null);
        if (!await _db.Tenants.AnyAsync(ct))
        {
            _db.Tenants.AddRange(DemoData.Tenants.Select(t => new Tenant(t.Id, t.Code, t.Name, t.Kind)));
            await _db.SaveChangesAsync(ct);
        }

        foreach (var tenant in DemoData.Tenants)
        {
            await DemoSeeding.InTenantAsync(_db, tenant.Id, async () =>
            {
                if (await _db.Communities.AnyAsync(ct))
                {
                    return;
                }

                var termStart = new DateOnly(2024, 1, 1);
                foreach (var (name, households) in tenant.Communities)
                {
                    var community = new Community(tenant.Id, DemoData.CommunityId(tenant.Code, name), name, households, termStart, termStart.AddYears(5).AddDays(-1));
                    community.UpdateParticulars(households, termStart, termStart.AddYears(5).AddDays(-1), $"中共{name}委员会", null, null);
                    _db.Communities.Add(community);
                }

                await _db.SaveChangesAsync(ct);
            }, ct);
        }

        await DemoStations.SeedAsync(_db, _clock.GetUtcNow(), ct);
        await DemoStaff.SeedAsync(_db, _clock.GetUtcNow(), ct);

        foreach (var account in DemoData.Accounts)
        {
            var tenantId = account.TenantCode is null ? (Guid?)null : DemoData.TenantId(account.TenantCode);
            var communityId = account.CommunityName is null ? (Guid?)null : DemoData.CommunityId(account.TenantCode!, account.CommunityName);
            if (await _users.FindByNameAsync(account.UserName) is { } existing)
            {
                // A cluster kept from an older demo: put the account back where the demo says it works.
                if (existing.TenantId != tenantId || existing.CommunityId != communityId)
                {
                    existing.TenantId = tenantId;
                    existing.CommunityId = communityId;
                    Check(await _users.UpdateAsync(existing));
                    Check(await _users.UpdateSecurityStampAsync(existing));
                }

                await MarkDemoAccountAsync(existing);
                await LinkDemoPersonAsync(existing, account, ct);
                continue;
            }

            var user = new AppUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                TenantId = tenantId,
                CommunityId = communityId,
                PersonId = account.PersonId,
                CreatedAt = _clock.GetUtcNow(),
                LockoutEnabled = true,
            };
            Check(await _users.CreateAsync(user, DemoData.Password));
            Check(await _users.AddToRoleAsync(user, account.Role));
            await MarkDemoAccountAsync(user);
        }

        await DemoServiceDesk.SeedAsync(_db, _clock.GetUtcNow(), ct);
        _logger.LogInformation("Demo data is in place");
    }

    /// <summary>
    /// A demo account from a cluster seeded before accounts were linked to people gets its person, unless someone
    /// has linked it (or that person) since: the demo never undoes what a user did.
    /// </summary>
    private async Task LinkDemoPersonAsync(AppUser user, DemoData.DemoAccount account, CancellationToken ct)
    {
        if (account.PersonId is not { } personId || user.PersonId is not null || await _db.Users.AnyAsync(u => u.PersonId == personId, ct))
        {
            return;
        }

        user.PersonId = personId;
        Check(await _users.UpdateAsync(user));
    }

    /// <summary>
    /// Marks a demo account, so Development (Security:ExemptDemoAccountsFromTwoFactor) can let it sign in
    /// with the README's password alone; accounts created later through the portal carry no mark.
    /// </summary>
    private async Task MarkDemoAccountAsync(AppUser user)
    {
        if (!(await _users.GetClaimsAsync(user)).Any(c => c.Type == AppClaims.DemoAccount))
        {
            Check(await _users.AddClaimAsync(user, new System.Security.Claims.Claim(AppClaims.DemoAccount, "true")));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
