using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>The administrator sets a new password for an account; its open sessions end.</summary>
public sealed class PasswordModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly UserManager<AppUser> _users;
    private readonly AuditLog _audit;
    private readonly IStringLocalizer<SharedResource> _l;

    public PasswordModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _users = users;
        _audit = audit;
        _l = l;
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public AccountView Account { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await LoadAsync(id);
        if (ModelState.Validate(new PasswordValidator(_l), Input))
        {
            // Checked before the old password is removed, so a refused one never leaves the account without any.
            var check = await UserForm.CheckPasswordAsync(_users, user, Input.NewPassword!);
            UserForm.AddIdentityErrors(ModelState, check, _l, _users.Options.Password.RequiredLength, "Input.NewPassword");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Both calls change the security stamp, so the user's open sessions end too. A failure throws,
        // rolling back the removal.
        UserForm.Check(await _users.RemovePasswordAsync(user));
        UserForm.Check(await _users.AddPasswordAsync(user, Input.NewPassword!));
        UserForm.Check(await _users.RequirePasswordChangeAsync(user));

        // Password hashes never enter the trail, so the interceptor's rows carry no values; say what happened.
        _db.AuditEntries.Add(_audit.Entry(AuditKinds.Updated, nameof(AppUser), user.Id, "password set by administrator", user.TenantId));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已为 {0} 设置新密码。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    private async Task<AppUser> LoadAsync(Guid id)
    {
        await _access.ReadAsync("admin: user management");
        var user = await UserForm.FindAsync(_db, id);
        Account = await AccountView.OfAsync(_users, user, User, _clock.UtcNow);
        return user;
    }

    public sealed class PasswordInput
    {
        public string? NewPassword { get; set; }
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordInput>
    {
        public PasswordValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => l["请输入新密码。"])
                .MaximumLength(128).WithMessage(_ => l["密码不超过 {0} 个字符。", 128]);
        }
    }
}
