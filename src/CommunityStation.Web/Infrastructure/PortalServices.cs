using CommunityStation.Infrastructure.Documents;
using CommunityStation.Infrastructure.Seeding;
using CommunityStation.Infrastructure.Tenancy;
using CommunityStation.Web.Infrastructure.Security;
using CommunityStation.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CommunityStation.Web.Infrastructure;

public static class PortalServices
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");

        // Chinese text as itself in the HTML, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<TenantContext>();
        services.AddDatabase(connectionString);
        services.AddScoped<AuditLog>();
        services.AddScoped<Seeder>();
        services.AddScoped<Notifier>();
        services.AddScoped<InboxBadge>();
        services.AddDocumentInspection();

        services.AddIdentity<AppUser, AppRole>(options =>
            {
                // Length over composition, plus a common-password list (CommonPasswordValidator).
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:Lockout:Minutes", 15));
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        // Every request checks the stamp (SignInSecurityServices); this is how often Identity rebuilds the claims.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Identity:SecurityStampSeconds", 60)));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cs.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                await context.HttpContext.RequestServices.GetRequiredService<AuditLog>()
                    .WriteAsync(AuditKinds.AccessDenied, detail: $"403 {context.Request.Method} {context.Request.Path}");
                context.Response.Redirect(context.RedirectUri);
            };
        });

        // Who may open which page, and each role's reach: one declaration (AccessDeclaration).
        AccessConventions.AddPolicies(services.AddAuthorizationBuilder());
        services.AddScoped<UserAccess>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PortalClock>();
        services.AddSingleton<PageCatalog>();
        services.AddSingleton<ReceiptTokenSeal>();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The cookie the language switch sets, then ?culture= for links; not the browser's
            // Accept-Language: the portal is Chinese unless a user chooses English.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(options =>
            {
                options.Conventions.Add(new AccessConventions());
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnitOfWorkPageFilter>();
                BindingMessages.Configure(o.ModelBindingMessageProvider);
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddPortalInput();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [Operations.HealthEndpoints.ReadyTag]);
        services.AddSignInSecurity(configuration);
        return services;
    }
}

