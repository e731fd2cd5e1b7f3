using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>
/// Identity's user manager, which forgets the cached security stamp of every user it updates (every
/// stamp change — password, two-factor, disable, sign-out — goes through <see cref="UpdateUserAsync"/>).
/// </summary>
public sealed class AppUserManager : UserManager<AppUser>
{
    private readonly SecurityStampCache _stamps;
    private readonly IHttpContextAccessor _http;

    public AppUserManager(
        IUserStore<AppUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<AppUser> passwordHasher,
        IEnumerable<IUserValidator<AppUser>> userValidators,
        IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<AppUser>> logger,
        SecurityStampCache stamps,
        IHttpContextAccessor http)
        : base(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
    {
        _stamps = stamps;
        _http = http;
    }

    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await base.UpdateUserAsync(user);
        var id = user.Id;
        _stamps.Invalidate(id);

        // The page's transaction commits after the handler: a request of this user read between now and
        // then would cache the old stamp again, so forget it once more when this response is done.
        _http.HttpContext?.Response.OnCompleted(() =>
        {
            _stamps.Invalidate(id);
            return Task.CompletedTask;
        });
        return result;
    }
}
