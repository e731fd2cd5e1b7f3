using CommunityStation.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// What the portal does while PostgreSQL is down or restarting, and right after: one data source for EF
/// and the audit writer, a 503 page that needs no database, and a sign-in cookie that survives the outage.
/// </summary>
public static class DatabaseOutageHandling
{
    /// <summary>The text of the 503 page (a resource key).</summary>
    public const string Explanation = "数据库暂时无法连接，系统正在恢复。您刚才的操作没有保存，请稍后再试。";

    private const string ItemKey = "CommunityStation.DatabaseOutage";

    /// <summary>One <see cref="NpgsqlDataSource"/> (one pool) for EF and <see cref="Infrastructure.Auditing.AuditLog"/>.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(WithoutJit(connectionString)));
        services.AddDbContext<AppDbContext>((provider, options) => PersistenceSetup.Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));

        // The periodic security-stamp check reads the user. If the database is down it cannot: keep the
        // cookie (an outage must not sign everyone out) and let the request fail with the 503 page; the
        // unit of work refuses to run a page after such a failure (see UnitOfWorkPageFilter).
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await DatabaseOutage.RetryOnceAsync(context.HttpContext.RequestServices.GetRequiredService<NpgsqlDataSource>(), () => validate(context));
                }
                catch (Exception e) when (DatabaseOutage.IsOutage(e))
                {
                    MarkOutage(context.HttpContext, e);
                }
            };
        });
        return services;
    }

    /// <summary>
    /// PostgreSQL compiles a plan with LLVM once its estimated cost passes <c>jit_above_cost</c>; the town's dashboard
    /// crossed it and paid about half a second of compilation on every request (issue 13). The portal's queries are
    /// short and indexed, so it turns JIT off for its sessions, unless the connection string already sets options.
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }

    /// <summary>Place after request localisation (the page is localised) and before authentication and routing.</summary>
    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) => app.UseMiddleware<DatabaseOutageMiddleware>();

    internal static void MarkOutage(HttpContext context, Exception exception) => context.Items[ItemKey] = exception;

    /// <summary>The outage this request has already met, if any (then nothing more should try the database).</summary>
    public static Exception? OutageSeen(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var value) ? value as Exception : null;
    }
}
