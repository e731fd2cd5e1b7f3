using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Tests.Tenancy;

/// <summary>The first tenancy guard: EF Core's named query filter and the save guard.</summary>
public sealed class QueryFilterTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task A_tenant_sees_only_its_own_communities_through_ef()
    {
        await using var db = Portal.CreateDbContext(Demo.Dingshu);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var tenants = await db.Communities.Select(c => c.TenantId).Distinct().ToListAsync();
        Assert.Equal([Demo.Dingshu], tenants);
    }

    [Fact]
    public async Task The_query_filter_alone_hides_other_tenants_even_where_rls_would_allow_them()
    {
        // Open RLS wide for this transaction by hand; the EF filter must still hold on its own.
        await using var db = Portal.CreateDbContext(Demo.Dingshu);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT set_config('app.city_read', 'on', true)");
        Assert.False(await db.Communities.AnyAsync(c => c.TenantId == Demo.Yicheng));
        Assert.True(await db.Communities.IgnoreQueryFilters([CommunityStation.Infrastructure.Persistence.AppDbContext.TenantFilter]).AnyAsync(c => c.TenantId == Demo.Yicheng));
    }

    [Fact]
    public async Task Saving_a_row_of_another_tenant_throws()
    {
        await using var db = Portal.CreateDbContext(Demo.Dingshu);
        db.Communities.Add(new Community(Demo.Yicheng, Guid.NewGuid(), "越权社区", 10, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)));
        await Assert.ThrowsAsync<TenancyViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Saving_a_tenant_row_without_a_tenant_throws()
    {
        await using var db = Portal.CreateDbContext(null);
        db.Communities.Add(new Community(Demo.Yicheng, Guid.NewGuid(), "无主社区", 10, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)));
        await Assert.ThrowsAsync<TenancyViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_new_row_without_a_tenant_is_stamped_with_the_current_tenant()
    {
        await using var db = Portal.CreateDbContext(Demo.Dingshu);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var community = new Community(Guid.Empty, Guid.NewGuid(), "盖章社区", 10, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        Assert.Equal(Demo.Dingshu, community.TenantId);
        await transaction.RollbackAsync();
    }
}
