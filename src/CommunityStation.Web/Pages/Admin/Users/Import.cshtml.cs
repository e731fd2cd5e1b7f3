using CommunityStation.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// The administrator creates accounts from XLSX or CSV (<see cref="UserImportRow"/>). All or nothing, every reason per line.
/// An account that already exists as the line describes it is unchanged (the same file imported twice changes nothing);
/// one that differs is refused (accounts are changed on their own pages). Every imported account must choose a new
/// password at its first sign-in, and the roles that need two-step sign-in enrol then. Generated passwords are shown once.
/// </summary>
public sealed class ImportModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) : ImportPageModel(localizer)
{
    public override IReadOnlyList<string> Columns => UserImportRow.Columns;

    public override string Title => "批量导入用户";

    public override string? Hint => "角色填 系统管理员、市民政局、镇（街道）干部、居委会、站长 或 窗口工作人员；镇（街道）填简码或名称；初始密码留空则由系统生成并只显示一次。导入的账号首次登录须修改密码，需要两步验证的角色须绑定验证器。";

    /// <summary>The generated passwords of the accounts just created (shown once, never stored in clear).</summary>
    public IReadOnlyList<(string UserName, string Password)> Generated { get; private set; } = [];

    public Task<IActionResult> OnGetTemplateAsync(string? format) => TemplateAsync(format, "users-import-template", UserImportRow.Example);

    protected override async Task ImportAsync(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        if (lines.Count > UserImportRow.MaxLines)
        {
            ModelState.AddModelError("file", Localizer["一次最多导入 {0} 个账号，请分批导入。", UserImportRow.MaxLines]);
            return;
        }

        // Communities are tenant rows: the administrator reads them in the audited city mode.
        await access.ReadAsync("admin: user import");
        var tenants = await db.Tenants.Select(t => new UserImportRow.Place(t.Id, t.Code, t.Name, t.RetiredOn != null)).ToListAsync();
        var communities = await db.Communities.Select(c => new UserImportRow.CommunityPlace(c.Id, c.TenantId, c.Name, c.RetiredOn != null)).ToListAsync();
        var plan = new ImportPlan<(AppUser User, string Role, string Password, bool Generated)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, cells) in lines)
        {
            var line = new ImportLine(number);
            var row = UserImportRow.Parse(line, cells, tenants, communities, Localizer);
            if (row is not null && seen.TryGetValue(row.UserName, out var first))
            {
                line.Refuse("用户名{0}与第 {1} 行重复。", row.UserName, first.ToString(CultureInfo.InvariantCulture));
            }
            else if (row is not null)
            {
                seen[row.UserName] = number;
            }

            var outcome = row is null || line.IsRefused ? null : await OutcomeAsync(line, row);
            if (plan.Accept(line) && outcome is { } taken)
            {
                plan.Count(taken.Outcome);
                if (taken.New is { } created)
                {
                    plan.Add(created);
                }
            }
        }

        if (!Report(plan))
        {
            return;
        }

        foreach (var (user, role, password, _) in plan.Created)
        {
            // A failure here is a race with another administrator: throwing rolls every account of the file back.
            UserForm.Check(await users.CreateAsync(user, password));
            UserForm.Check(await users.AddToRoleAsync(user, role));
            UserForm.Check(await users.RequirePasswordChangeAsync(user));
        }

        Generated = plan.Created.Where(c => c.Generated).Select(c => (c.User.UserName!, c.Password)).ToList();
    }

    /// <summary>What the line does: a new account, or none (it exists as described), or a refusal on the line.</summary>
    private async Task<(ImportOutcome Outcome, (AppUser, string, string, bool)? New)?> OutcomeAsync(ImportLine line, UserImportRow row)
    {
        if (await users.FindByNameAsync(row.UserName) is { } existing)
        {
            var roles = await users.GetRolesAsync(existing);
            if (roles.SequenceEqual([row.Role]) && existing.TenantId == row.TenantId && existing.CommunityId == row.CommunityId && existing.DisplayName == row.DisplayName)
            {
                return (ImportOutcome.Unchanged, null);
            }

            line.Refuse("用户名{0}已存在，且与文件中的角色、所属或姓名不同：请在用户管理中修改该账号。", row.UserName);
            return null;
        }

        var user = UserForm.NewAccount(row.UserName, row.DisplayName, row, clock.UtcNow);
        var password = row.Password ?? UserImportRow.GeneratePassword();
        var check = await UserForm.CheckPasswordAsync(users, user, password);
        foreach (var error in check.Errors)
        {
            var modelState = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
            UserForm.AddIdentityErrors(modelState, IdentityResult.Failed(error), Localizer, users.Options.Password.RequiredLength, "password");
            line.Refuse(modelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        }

        return check.Succeeded ? (ImportOutcome.Created, (user, row.Role, password, row.Password is null)) : null;
    }
}
