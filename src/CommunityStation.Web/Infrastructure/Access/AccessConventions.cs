using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CommunityStation.Web.Infrastructure.Access;

/// <summary>
/// Gives every page the authorization its capability needs, from <see cref="AccessDeclaration.Pages"/>,
/// and registers one policy per capability from <see cref="AccessDeclaration.Roles"/>. A page that is
/// not declared gets a policy nobody meets: forgetting to declare a page closes it, never opens it.
/// </summary>
public sealed class AccessConventions : IPageApplicationModelConvention
{
    public const string UndeclaredPolicy = "cap:undeclared";

    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        switch (AccessDeclaration.ForPage(model.ViewEnginePath))
        {
            case Capability.Anonymous:
                model.EndpointMetadata.Add(new AllowAnonymousAttribute());
                break;
            case { } capability:
                model.EndpointMetadata.Add(new AuthorizeAttribute(AccessDeclaration.PolicyName(capability)));
                break;
            default:
                model.EndpointMetadata.Add(new AuthorizeAttribute(UndeclaredPolicy));
                break;
        }
    }

    public static void AddPolicies(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        foreach (var capability in Enum.GetValues<Capability>())
        {
            if (capability == Capability.Anonymous)
            {
                continue;
            }

            var roles = AccessDeclaration.Roles.TryGetValue(capability, out var declared) ? declared : [];
            authorization.AddPolicy(AccessDeclaration.PolicyName(capability), p => p.RequireAuthenticatedUser().RequireRole(roles.Count > 0 ? roles : ["-"]));
        }

        authorization.AddPolicy(UndeclaredPolicy, p => p.RequireAssertion(_ => false));
    }
}
