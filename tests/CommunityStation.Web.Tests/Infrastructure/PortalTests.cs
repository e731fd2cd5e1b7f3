namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The set-up every portal test class shares: the portal it runs against and the steps most tests start
/// with. A class says which database it uses by the base it derives from: <see cref="OwnPortalTests"/>
/// for one of its own (a class that writes), <see cref="SharedPortalTests"/> to share one (read-only).
/// </summary>
public abstract class PortalTests<TPortal>(TPortal portal)
    where TPortal : PortalFactory
{
    protected TPortal Portal { get; } = portal;

    /// <summary>A client signed in through the sign-in form (a demo account unless a password is given).</summary>
    protected Task<PortalClient> SignInAsync(string userName, string password = PortalClient.DemoPassword) =>
        PortalClient.SignedInAsync(Portal, userName, password);

    /// <summary>The page <paramref name="url"/> as <paramref name="userName"/> (a demo account) reads it, for a test that only looks.</summary>
    protected async Task<IDocument> ReadAsAsync(string userName, string url)
    {
        using var client = await SignInAsync(userName);
        return await client.GetDocumentAsync(url);
    }

    /// <summary>The answer to the form on <paramref name="url"/> submitted as <paramref name="userName"/> (a demo account), for a test that only posts.</summary>
    protected async Task<HttpResponseMessage> SubmitAsAsync(string userName, string url, IDictionary<string, string> fields, string? formSelector = null)
    {
        using var client = await SignInAsync(userName);
        var response = await client.SubmitFormAsync(url, fields, formSelector);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>What a visitor who is not signed in gets at <paramref name="url"/> (the body buffered, so it outlives the client).</summary>
    protected async Task<HttpResponseMessage> GetAnonymouslyAsync(string url)
    {
        using var anonymous = new PortalClient(Portal);
        var response = await anonymous.GetAsync(url);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

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

/// <summary>
/// A class that writes: a portal on a fresh database of its own (seeded like <c>dotnet run</c>), so its
/// tests never see another class's data and never disturb another class.
/// </summary>
public abstract class OwnPortalTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>;

/// <summary>A read-only class: it shares one portal with the other read-only classes (xUnit inherits the collection).</summary>
[Collection(PortalCollection.Name)]
public abstract class SharedPortalTests(PortalFactory portal) : PortalTests(portal);
