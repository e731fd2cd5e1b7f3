using System.Security.Cryptography;
using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// One line of the administrator's account import: user name, display name, role, tenant (URL code or name), community
/// (by name in that tenant) and an initial password (empty: one is generated and shown once). Every cell is checked
/// and every reason kept (<see cref="ImportLine"/>); the role's rules are the Create page's (<see cref="UserForm.AssignmentValidator"/>).
/// </summary>
public sealed record UserImportRow(string UserName, string DisplayName, string Role, Guid? TenantId, Guid? CommunityId, string? Password) : IUserAssignment
{
    public static readonly IReadOnlyList<string> Columns = ["用户名", "姓名", "角色", "镇（街道）", "社区", "初始密码"];

    public static readonly IReadOnlyList<string> Example = ["rc-donghong", "王芳", "居委会", "yicheng", "东虹社区", string.Empty];

    /// <summary>No import creates more accounts than this at once (each password is hashed, which takes time on purpose).</summary>
    public const int MaxLines = 500;

    /// <summary>The role column: the role's Chinese name as the portal shows it, or its code (Admin, TownOfficial, …).</summary>
    private static readonly Dictionary<string, string> RoleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["系统管理员"] = AppRoles.Admin,
        ["市民政局"] = AppRoles.Bureau,
        ["镇(街道)干部"] = AppRoles.TownOfficial,
        ["居委会"] = AppRoles.RcOfficer,
        ["站长"] = AppRoles.StationHead,
        ["窗口工作人员"] = AppRoles.DeskStaff,
    };

    public sealed record Place(Guid Id, string Code, string Name, bool Retired);

    public sealed record CommunityPlace(Guid Id, Guid TenantId, string Name, bool Retired);

    public static UserImportRow? Parse(ImportLine line, IReadOnlyList<string> cells, IReadOnlyList<Place> tenants, IReadOnlyList<CommunityPlace> communities, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(tenants);
        ArgumentNullException.ThrowIfNull(communities);
        string Cell(int i) => i < cells.Count ? TextNormalizer.Text(cells[i]) : string.Empty;
        var userName = TextNormalizer.FoldWidth(Cell(0));
        if (userName.Length == 0 || userName.Length > UserForm.MaxUserNameLength || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '@' or '-'))
        {
            line.Refuse("用户名须为 1 到 50 个英文字母、数字或 - . _ @。");
        }

        var displayName = Cell(1);
        if (displayName.Length == 0 || displayName.Length > UserForm.MaxDisplayNameLength)
        {
            line.Refuse("姓名不能为空，且不超过 {0} 个字。", UserForm.MaxDisplayNameLength.ToString(CultureInfo.InvariantCulture));
        }

        var roleText = TextNormalizer.FoldWidth(Cell(2));
        var role = AppRoles.All.FirstOrDefault(r => string.Equals(r, roleText, StringComparison.OrdinalIgnoreCase)) ?? RoleNames.GetValueOrDefault(roleText);
        if (role is null)
        {
            line.Refuse("角色“{0}”无法识别（系统管理员、市民政局、镇（街道）干部、居委会、站长、窗口工作人员）。", Cell(2));
        }

        Place? tenant = null;
        if (Cell(3).Length > 0)
        {
            var code = Tenant.NormalizeCode(Cell(3));
            tenant = tenants.FirstOrDefault(t => t.Code == code) ?? tenants.FirstOrDefault(t => t.Name == Cell(3));
            if (tenant is null)
            {
                line.Refuse("没有镇（街道）“{0}”（填简码或名称）。", Cell(3));
            }
            else if (tenant.Retired)
            {
                line.Refuse("{0}已撤销，不能再添加账号。", tenant.Name);
            }
        }

        CommunityPlace? community = null;
        if (Cell(4).Length > 0 && tenant is not null)
        {
            community = communities.FirstOrDefault(c => c.TenantId == tenant.Id && c.Name == TextNormalizer.FoldWidth(Cell(4)));
            if (community is null)
            {
                line.Refuse("{0}没有社区“{1}”。", tenant.Name, Cell(4));
            }
            else if (community.Retired)
            {
                line.Refuse("社区{0}已撤并，不能再添加账号。", community.Name);
            }
        }

        var row = new UserImportRow(userName, displayName, role ?? string.Empty, tenant?.Id, community?.Id ?? (Cell(4).Length > 0 ? Guid.Empty : null), Cell(5).Length == 0 ? null : cells[5]);
        if (role is not null)
        {
            // The Create page's rules: which roles need a tenant and a community, and which may have none.
            foreach (var error in new UserForm.AssignmentValidator(l).Validate(row).Errors.Where(e => e.PropertyName != nameof(Role)))
            {
                line.Refuse(error.ErrorMessage);
            }
        }

        return line.IsRefused ? null : row;
    }

    /// <summary>A password for an account imported without one: 14 characters from an alphabet without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 14);
    }
}
