using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>What Create and Edit both assign: a role and, depending on it, a tenant and a community.</summary>
public interface IUserAssignment
{
    string? Role { get; }

    Guid? TenantId { get; }

    Guid? CommunityId { get; }
}

/// <summary>The assignment as the Create and Access forms bind it.</summary>
public abstract class UserAssignmentInput : IUserAssignment
{
    public string? Role { get; set; }

    public Guid? TenantId { get; set; }

    public Guid? CommunityId { get; set; }
}

/// <summary>
/// The parts the user pages (Create, Edit, Access, Status, Password) share: the tenant/community choices, the role-dependent
/// assignment rules and Identity's errors in the user's language, next to the right field.
/// </summary>
public static class UserForm
{
    public const int MaxUserNameLength = 50;
    public const int MaxDisplayNameLength = 50;

    public sealed record CommunityOption(Guid Id, Guid TenantId, string TenantName, string Name);

    /// <summary>The account, or an audited 404 (see <see cref="RecordNotFoundException"/>).</summary>
    public static Task<AppUser> FindAsync(AppDbContext db, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.FirstOrDefaultAsync(u => u.Id == id).OrNotFound("User", id);
    }

    /// <summary>
    /// Saves a change to the account under the concurrency stamp the administrator saw: a change since the
    /// form was shown is a lost race, which the unit of work rolls back and reports. False (with the errors
    /// next to their fields) when Identity refuses the change for another reason.
    /// </summary>
    public static async Task<bool> UpdateAsync(UserManager<AppUser> users, AppUser user, string? seenStamp, ModelStateDictionary modelState, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(l);

        // The user store re-attaches the user, so an overridden original value would not hold; Identity's
        // own stamp check still covers the moment between this load and the update.
        if (!string.Equals(user.ConcurrencyStamp, seenStamp, StringComparison.Ordinal))
        {
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        }

        var updated = await users.UpdateAsync(user);
        if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Thrown so the unit of work rolls back (with the audit row of the failed update) and shows the message.
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        }

        AddIdentityErrors(modelState, updated, l, users.Options.Password.RequiredLength, string.Empty);
        return updated.Succeeded;
    }

    /// <summary>Identity failures that validation already ruled out: throwing rolls the unit of work back.</summary>
    public static void Check(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>Every tenant and community, for the selects. Needs the city-read mode (communities are tenant rows).</summary>
    public static async Task<(IReadOnlyList<TenantOption> Tenants, IReadOnlyList<CommunityOption> Communities)> LoadOptionsAsync(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Retired tenants and communities take no new accounts: they leave the pickers.
        var tenants = await TenantOption.ListAsync(db, includeRetired: false);
        var communities = await (from c in db.Communities
                                 join t in db.Tenants on c.TenantId equals t.Id
                                 where c.RetiredOn == null && t.RetiredOn == null
                                 orderby t.Kind, t.Code, c.Name
                                 select new CommunityOption(c.Id, t.Id, t.Name, c.Name))
            .ToListAsync();
        return (tenants, communities);
    }

    /// <summary>
    /// The server's check of what the selects sent: the tenant exists and the community belongs to it
    /// (a crafted form could pair any two ids). Runs after the validator, in city-read mode.
    /// </summary>
    public static async Task CheckAssignmentAsync(AppDbContext db, ModelStateDictionary modelState, IUserAssignment input, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(l);
        if (input.TenantId is { } tenantId && !await db.Tenants.AnyAsync(t => t.Id == tenantId && t.RetiredOn == null))
        {
            modelState.AddModelError("Input.TenantId", l["所选镇（街道）不存在。"]);
            return;
        }

        if (input.CommunityId is { } communityId
            && !await db.Communities.AnyAsync(c => c.Id == communityId && c.TenantId == input.TenantId && c.RetiredOn == null))
        {
            modelState.AddModelError("Input.CommunityId", l["所选社区不属于所选镇（街道）。"]);
        }
    }

    /// <summary>
    /// Puts Identity's errors next to the field they concern, in the user's language (Identity's own
    /// descriptions are English; the common-password one is already a Chinese resource key).
    /// </summary>
    public static void AddIdentityErrors(ModelStateDictionary modelState, IdentityResult result, IStringLocalizer<SharedResource> l, int requiredLength, string passwordKey, string? userNameKey = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(l);
        foreach (var error in result.Errors)
        {
            var (key, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => (passwordKey, l["密码至少 {0} 个字符。", requiredLength].Value),
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (passwordKey, l["密码包含的不同字符太少。"].Value),
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => (passwordKey, l["密码必须包含数字。"].Value),
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => (passwordKey, l["密码必须包含小写字母。"].Value),
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => (passwordKey, l["密码必须包含大写字母。"].Value),
                nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => (passwordKey, l["密码必须包含符号。"].Value),
                "CommonPassword" => (passwordKey, l[error.Description].Value),
                nameof(IdentityErrorDescriber.DuplicateUserName) => (userNameKey ?? string.Empty, l["此用户名已被使用。"].Value),
                nameof(IdentityErrorDescriber.InvalidUserName) => (userNameKey ?? string.Empty, l["用户名只能包含英文字母、数字和 - . _ @。"].Value),
                nameof(IdentityErrorDescriber.ConcurrencyFailure) => (string.Empty, l["这条记录刚被其他人修改或处理过，请刷新后再试。"].Value),
                _ => (string.Empty, l[error.Description].Value),
            };
            modelState.AddModelError(key, message);
        }
    }

    /// <summary>A new account as Create and Import make it, placed by its assignment; lockouts apply to it (Status lifts them).</summary>
    public static AppUser NewAccount(string? userName, string displayName, IUserAssignment assignment, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new AppUser { UserName = userName, DisplayName = displayName, CreatedAt = createdAt, LockoutEnabled = true, TenantId = assignment.TenantId, CommunityId = assignment.CommunityId };
    }

    /// <summary>
    /// Runs Identity's password validators (length, common-password list) without saving, so their
    /// errors show in the same round as the other fields' and a reset never leaves a user without a password.
    /// </summary>
    public static async Task<IdentityResult> CheckPasswordAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>Role-dependent rules for the tenant and community fields (AppRoles.RequiresTenant/RequiresCommunity).</summary>
    public sealed class AssignmentValidator : AbstractValidator<IUserAssignment>
    {
        public AssignmentValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Role).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["请选择角色。"])
                .Must(r => AppRoles.All.Contains(r!)).WithMessage(_ => l["请选择有效的角色。"]);
            When(x => x.Role is not null && AppRoles.All.Contains(x.Role), () =>
            {
                RuleFor(x => x.TenantId).NotNull().When(x => AppRoles.RequiresTenant(x.Role!))
                    .WithMessage(_ => l["此角色必须选择所属镇（街道）。"]);

                // A tenant on a city-level account would confine the bureau or admin to that tenant.
                RuleFor(x => x.TenantId).Null().When(x => !AppRoles.RequiresTenant(x.Role!))
                    .WithMessage(_ => l["市级角色不属于任何镇（街道），请选择“无（市级）”。"]);
                RuleFor(x => x.CommunityId).NotNull().When(x => AppRoles.RequiresCommunity(x.Role!))
                    .WithMessage(_ => l["此角色必须选择所属社区。"]);
                RuleFor(x => x.CommunityId).Null().When(x => !AppRoles.RequiresCommunity(x.Role!))
                    .WithMessage(_ => l["此角色不属于某个社区，请选择“无”。"]);
            });
        }
    }
}
