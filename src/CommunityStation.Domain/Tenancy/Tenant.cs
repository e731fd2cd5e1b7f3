using System.Text.RegularExpressions;
using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Tenancy;

/// <summary>The kind of local government a tenant is; the policy addresses all three alike.</summary>
public enum TenantKind { Town = 1, Subdistrict = 2, ZoneCommittee = 3 }

/// <summary>
/// A town (镇), subdistrict (街道) or zone committee (管委会): one tenant each ("People and places").
/// Tenants themselves are city-level data, so this table carries no tenant_id. A tenant is never deleted:
/// it is retired (<see cref="Retire"/>) and stays readable in history and audit; its URL code is never reused.
/// </summary>
public sealed partial class Tenant
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 40;

    public Tenant(Guid id, string code, string name, TenantKind kind)
    {
        Id = id;
        Code = code;
        Name = name;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    /// <summary>Short stable code for URLs, e.g. "yicheng" (<c>/Public/Stations/yicheng/…</c>); fixed once created.</summary>
    public string Code { get; private set; }

    /// <summary>Official name, e.g. "宜城街道".</summary>
    public string Name { get; private set; }

    public TenantKind Kind { get; private set; }

    /// <summary>The administrative division code (GB/T 10114 township level, 9 digits, or the 12-digit statistical code); older tenants may have none.</summary>
    public string? OfficialCode { get; private set; }

    /// <summary>The day the tenant was retired; it then leaves every picker but stays in history.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>Optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>A new tenant as the administrator sets it up: every part checked.</summary>
    public static Tenant Create(Guid id, string code, string name, TenantKind kind, string? officialCode)
    {
        var tenant = new Tenant(id, RequireCode(code), RequireName(name), RequireKind(kind));
        tenant.OfficialCode = CheckOfficialCode(officialCode);
        return tenant;
    }

    /// <summary>The URL code as the portal keeps it (full-width folded, lower case), for comparing with stored codes.</summary>
    public static string NormalizeCode(string? code) => TextNormalizer.FoldWidth(code).ToLowerInvariant();

    /// <summary>The official code as kept (full-width digits folded, blanks removed); null when empty.</summary>
    public static string? NormalizeOfficialCode(string? code) => TextNormalizer.NullIfBlank(TextNormalizer.FoldWidth(code).Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>The kind from its Chinese word (镇, 街道, 管委会) or its name; null when unknown.</summary>
    public static TenantKind? ParseKind(string? text) => TextNormalizer.Text(text) switch
    {
        "镇" or "Town" => TenantKind.Town,
        "街道" or "街道办事处" or "Subdistrict" => TenantKind.Subdistrict,
        "管委会" or "开发区" or "园区" or "ZoneCommittee" => TenantKind.ZoneCommittee,
        _ => null,
    };

    /// <summary>Changes the name, kind and official code (the URL code stays: receipts and plates carry it). Returns whether anything changed.</summary>
    public bool Update(string name, TenantKind kind, string? officialCode)
    {
        RequireActive();
        var newName = RequireName(name);
        var newKind = RequireKind(kind);
        var newCode = CheckOfficialCode(officialCode);
        if (newName == Name && newKind == Kind && newCode == OfficialCode)
        {
            return false;
        }

        (Name, Kind, OfficialCode) = (newName, newKind, newCode);
        return true;
    }

    /// <summary>
    /// Retires the tenant on <paramref name="on"/>. Refused while anything still works there (registered
    /// stations, accounts that can sign in, people on a current workforce side), and the refusal says how many.
    /// </summary>
    public void Retire(DateOnly on, TenantHoldings left)
    {
        ArgumentNullException.ThrowIfNull(left);
        RequireActive();
        if (left.RegisteredStations > 0 || left.ActiveAccounts > 0 || left.CurrentStaff > 0)
        {
            throw new DomainException(
                string.Empty,
                "{0}仍有已登记的工作站 {1} 个、启用的账号 {2} 个、在岗人员 {3} 名，不能撤销：请先注销工作站、停用账号、结束人员的岗位。",
                "RetiredOn",
                Name,
                left.RegisteredStations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                left.ActiveAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                left.CurrentStaff.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        RetiredOn = on;
    }

    private void RequireActive()
    {
        if (IsRetired)
        {
            throw new DomainException(string.Empty, "{0}已撤销，只能查看。", null, Name);
        }
    }

    internal static string RequireCode(string code)
    {
        var folded = NormalizeCode(code);
        if (!CodePattern().IsMatch(folded))
        {
            throw new DomainException(string.Empty, "简码须为 2 到 40 个小写英文字母、数字或连字符，以字母开头（例如 yicheng）。", nameof(Code));
        }

        return folded;
    }

    internal static string RequireName(string name)
    {
        var text = TextNormalizer.Text(name);
        if (text.Length == 0 || text.Length > MaxNameLength)
        {
            throw new DomainException(string.Empty, "名称不能为空，且不超过 {0} 个字。", nameof(Name), MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text;
    }

    private static TenantKind RequireKind(TenantKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new DomainException(string.Empty, "请选择类型（镇、街道或管委会）。", nameof(Kind));

    internal static string? CheckOfficialCode(string? code)
    {
        var folded = NormalizeOfficialCode(code);
        if (folded is not null && !OfficialCodePattern().IsMatch(folded))
        {
            throw new DomainException("GB/T 10114", "区划代码须为 9 位（乡级区划代码）或 12 位（统计用区划代码）数字。", nameof(OfficialCode));
        }

        return folded;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^([0-9]{9}|[0-9]{12})$")]
    private static partial Regex OfficialCodePattern();
}

/// <summary>What still works in a tenant, counted when it is to be retired.</summary>
public sealed record TenantHoldings(int RegisteredStations, int ActiveAccounts, int CurrentStaff);
