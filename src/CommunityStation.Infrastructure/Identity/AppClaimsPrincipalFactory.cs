using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>Puts the user's tenant, community and display name into the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory : UserClaimsPrincipalFactory<AppUser, AppRole>
{
    public AppClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
        : base(userManager, roleManager, options)
    {
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(AppClaims.TenantId, tenantId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.CommunityId is { } communityId)
        {
            identity.AddClaim(new Claim(AppClaims.CommunityId, communityId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaims.TwoFactor, "true"));
        }

        return identity;
    }
}
