using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Account;

public sealed class LoginModel : PageModel
{
    private readonly AppSignInManager _signIn;
    private readonly AuditLog _audit;
    private readonly IStringLocalizer<SharedResource> _l;

    public LoginModel(AppSignInManager signIn, AuditLog audit, IStringLocalizer<SharedResource> l)
    {
        _signIn = signIn;
        _audit = audit;
        _l = l;
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.Validate(new LoginValidator(_l), Input))
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await _signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await _signIn.UserManager.FindByNameAsync(userName);
        await _audit.WriteSignInAsync(
            result.Succeeded,
            user?.Id,
            userName,
            user?.TenantId,
            result.Succeeded ? null : result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed (disabled)" : "wrong user name or password");

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        var message = result.IsLockedOut
            ? _l["登录失败次数过多，账号已锁定，请 15 分钟后再试。"]
            : result.IsNotAllowed
                ? _l["此账号已停用，请联系系统管理员。"]
                : _l["用户名或密码不正确。"];
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    public sealed class LoginInput
    {
        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class LoginValidator : AbstractValidator<LoginInput>
    {
        public LoginValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => l["请输入用户名。"]).MaximumLength(256);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["请输入密码。"]).MaximumLength(256);
        }
    }
}
