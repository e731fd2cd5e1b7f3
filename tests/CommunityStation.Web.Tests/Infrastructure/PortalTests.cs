namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The set-up every portal test class shares: the portal it runs against and the steps most tests start
/// with. The class still says on its own declaration which database it uses: <c>IClassFixture&lt;PortalFactory&gt;</c>
/// for one of its own (a class that writes), <c>[Collection(PortalCollection.Name)]</c> to share one (read-only).
/// </summary>
public abstract class PortalTests<TPortal>(TPortal portal)
    where TPortal : PortalFactory
{
    protected TPortal Portal { get; } = portal;

    /// <summary>A client signed in through the sign-in form (a demo account unless a password is given).</summary>
    protected Task<PortalClient> SignInAsync(string userName, string password = PortalClient.DemoPassword) =>
        PortalClient.SignedInAsync(Portal, userName, password);

    /// <summary>
    /// Runs <paramref name="query"/> as the app role in <paramref name="tenantId"/> inside a transaction:
    /// row-level security reads the tenant per transaction, so a bare context would see nothing.
    /// </summary>
    protected async Task<T> QueryAsync<T>(Guid? tenantId, Func<AppDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = Portal.CreateDbContext(tenantId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await query(db);
    }
}

/// <summary><see cref="PortalTests{TPortal}"/> on the ordinary in-memory portal.</summary>
public abstract class PortalTests(PortalFactory portal) : PortalTests<PortalFactory>(portal);
