using System.Linq.Expressions;
using System.Reflection;
using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

public sealed class AppDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    /// <summary>The name of the tenant query filter on every tenant-owned entity.</summary>
    public const string TenantFilter = "Tenant";

    private const string RowVersion = "Version";

    private readonly TenantContext _tenant;

    public AppDbContext(DbContextOptions<AppDbContext> options, TenantContext tenant)
        : base(options)
    {
        _tenant = tenant;
    }

    public TenantContext Tenant => _tenant;

    // Read by the query filters; EF parameterises context members, so each query sees the current value.
    internal Guid? CurrentTenantId => _tenant.TenantId;

    internal bool CityReadMode => _tenant.CityReadMode;

    /// <summary>
    /// The signed-in user's unread notifications when the current transaction started (read in its set-up
    /// statement by <see cref="TenantSessionSettings"/>); null without a user or a transaction.
    /// </summary>
    public int? UnreadAtStart { get; internal set; }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Community> Communities => Set<Community>();

    public DbSet<CommunityChange> CommunityChanges => Set<CommunityChange>();

    public DbSet<DutyArea> DutyAreas => Set<DutyArea>();

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<PolicySetting> PolicySettings => Set<PolicySetting>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<StationApplication> StationApplications => Set<StationApplication>();

    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

    public DbSet<Station> Stations => Set<Station>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ServiceCase> ServiceCases => Set<ServiceCase>();

    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();

    public DbSet<CaseCounter> CaseCounters => Set<CaseCounter>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<StationDesk> Desks => Set<StationDesk>();

    public DbSet<DeskDuty> DeskDuties => Set<DeskDuty>();

    public DbSet<StationRuleRevision> StationRuleRevisions => Set<StationRuleRevision>();

    public DbSet<StationProfile> StationProfiles => Set<StationProfile>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<WorkforceAssignment> WorkforceAssignments => Set<WorkforceAssignment>();

    public DbSet<StationPost> StationPosts => Set<StationPost>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<RecruitmentCampaign> RecruitmentCampaigns => Set<RecruitmentCampaign>();

    public DbSet<CampaignApplicant> CampaignApplicants => Set<CampaignApplicant>();

    public DbSet<Deployment> Deployments => Set<Deployment>();

    public DbSet<RosterFiling> RosterFilings => Set<RosterFiling>();

    public DbSet<Operations.JobRun> JobRuns => Set<Operations.JobRun>();

    /// <summary>
    /// Enters the bureau's city-wide read mode for the rest of this unit of work and audits it. Never a
    /// global switch: it lives in this request's <see cref="TenantContext"/> and this transaction only.
    /// </summary>
    public async Task EnterCityReadModeAsync(string reason, CancellationToken ct = default)
    {
        if (_tenant.CityReadMode)
        {
            return;
        }

        _tenant.SetCityReadMode(true);
        var entry = AuditEntry.For(_tenant, AuditKinds.CityRead, detail: reason);
        if (!await TenantSessionSettings.ApplyWithAuditAsync(this, entry, ct))
        {
            AuditEntries.Add(entry);
            await SaveChangesAsync(ct);
        }
    }

    /// <summary>Switches the unit of work to one tenant (seeding, tests, a bureau action on one tenant's record).</summary>
    public async Task UseTenantAsync(Guid? tenantId, CancellationToken ct = default)
    {
        _tenant.UseTenant(tenantId);
        await TenantSessionSettings.ApplyAsync(this, ct);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenancy();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenancy();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Identity's tables, snake_case like the rest (the naming convention leaves explicit names alone).
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("role_claims");

        // The audit page searches the changed values (jsonb) as text.
        builder.HasDbFunction(typeof(AuditEntry).GetMethod(nameof(AuditEntry.TextOf))!).HasName("jsonb_pretty").IsBuiltIn();

        var apply = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }

            // An entity's uint Version is its optimistic-concurrency token: PostgreSQL's xmin, which no configuration repeats.
            if (entityType.FindProperty(RowVersion) is { ClrType: var type } && type == typeof(uint))
            {
                builder.Entity(entityType.ClrType).Property(RowVersion).IsRowVersion();
            }
        }
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => CityReadMode || e.TenantId == CurrentTenantId;
        builder.Entity<T>().HasQueryFilter(TenantFilter, filter);
    }

    /// <summary>
    /// The first of the two tenancy guards: a tenant-owned row is only ever written inside its own
    /// tenant, and a new row without one is stamped with it. The second is PostgreSQL row-level security,
    /// which refuses a wrong tenant again.
    /// </summary>
    private void GuardTenancy()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (_tenant.TenantId is null)
            {
                throw new TenancyViolationException(
                    $"Cannot save {entry.Metadata.ClrType.Name}: no tenant is set for this unit of work.");
            }

            // New rows take the tenant of the unit of work (as Finbuckle does), so callers need not pass it.
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Property(nameof(ITenantOwned.TenantId)).CurrentValue = _tenant.TenantId.Value;
                continue;
            }

            if (entry.Entity.TenantId != _tenant.TenantId)
            {
                throw new TenancyViolationException(
                    $"Cannot save {entry.Metadata.ClrType.Name} of tenant {entry.Entity.TenantId} while acting in tenant {_tenant.TenantId}.");
            }
        }
    }
}
