using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>The administrator creates an account with one role and, by role, its tenant and community.</summary>
public sealed class CreateModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) : InputPageModel<CreateModel.CreateInput>
{
    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    public IReadOnlyList<UserForm.CommunityOption> Communities { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var valid = ModelState.Validate(new CreateValidator(localizer), Input);
        if (valid)
        {
            await UserForm.CheckAssignmentAsync(db, ModelState, Input, localizer);
        }

        var user = UserForm.NewAccount(Input.UserName?.Trim(), Input.DisplayName?.Trim() ?? string.Empty, Input, clock.UtcNow);

        // Password rules in the same round as the other fields' errors.
        if (!string.IsNullOrEmpty(Input.Password))
        {
            var password = await UserForm.CheckPasswordAsync(users, user, Input.Password);
            UserForm.AddIdentityErrors(ModelState, password, localizer, users.Options.Password.RequiredLength, "Input.Password", "Input.UserName");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            UserForm.AddIdentityErrors(ModelState, created, localizer, users.Options.Password.RequiredLength, "Input.Password", "Input.UserName");
            return Page();
        }

        // Throwing rolls the whole unit of work back, so no account is left without its role.
        var added = await users.AddToRoleAsync(user, Input.Role!);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException("Adding the role failed: " + string.Join("; ", added.Errors.Select(e => e.Code)));
        }

        // The administrator knows this password: the user chooses their own at the first sign-in.
        UserForm.Check(await users.RequirePasswordChangeAsync(user));

        TempData["Saved"] = localizer["已创建用户 {0}。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id = user.Id });
    }

    private async Task LoadAsync()
    {
        // The admin has no tenant: the community list is read in the audited city mode.
        await access.ReadAsync("admin: user management");
        (Tenants, Communities) = await UserForm.LoadOptionsAsync(db);
    }

    public sealed class CreateInput : UserAssignmentInput
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["请输入用户名。"])
                .MaximumLength(UserForm.MaxUserNameLength).WithMessage(_ => l["用户名不超过 {0} 个字符。", UserForm.MaxUserNameLength])
                .Matches("^[a-zA-Z0-9._@-]+$").WithMessage(_ => l["用户名只能包含英文字母、数字和 - . _ @。"]);
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => l["请输入姓名。"])
                .MaximumLength(UserForm.MaxDisplayNameLength).WithMessage(_ => l["姓名不超过 {0} 个字。", UserForm.MaxDisplayNameLength]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["请输入初始密码。"])
                .MaximumLength(128).WithMessage(_ => l["密码不超过 {0} 个字符。", 128]);
            Include(new UserForm.AssignmentValidator(l));
        }
    }
}
