using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>
/// R5 / B2: the uniform name "宜兴市XX街道(镇)XX社区事务工作站" — city, tenant, community, fixed suffix.
/// The portal composes it and refuses any other.
/// </summary>
public static class StationName
{
    public const string City = "宜兴市";
    public const string Suffix = "事务工作站";

    public static string Compose(string tenantName, string communityName)
    {
        var tenant = TextNormalizer.Text(tenantName);
        var community = TextNormalizer.Text(communityName);
        if (tenant.Length == 0 || community.Length == 0)
        {
            throw new DomainException("R5", "工作站名称须由市、镇（街道）和社区名称组成。");
        }

        // "东虹社区" + "事务工作站" = "东虹社区事务工作站"; a community named without 社区 gets it added.
        var communityPart = community.EndsWith("社区", StringComparison.Ordinal) ? community : community + "社区";
        return City + tenant + communityPart + Suffix;
    }

    /// <summary>R5: true only for exactly the composed name.</summary>
    public static bool IsUniform(string name, string tenantName, string communityName) =>
        string.Equals(name, Compose(tenantName, communityName), StringComparison.Ordinal);
}
