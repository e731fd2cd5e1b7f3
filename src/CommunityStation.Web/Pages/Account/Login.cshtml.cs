using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Security;
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
    private readonly SignInThrottle _throttle;

    public LoginModel(AppSignInManager signIn, AuditLog audit, IStringLocalizer<SharedResource> l, SignInThrottle throttle)
    {
        _signIn = signIn;
        _audit = audit;
        _l = l;
        _throttle = throttle;
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
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_throttle.Check(address, userName) is { } refusal)
        {
            await _audit.WriteAsync(new AuditEntry
            {
                Kind = AuditKinds.SignInFailed,
                UserName = userName,
                Detail = $"throttled ({refusal.Scope}), password not checked",
                IpAddress = address,
            });
            return this.Throttled(refusal, _l);
        }

        var (result, user) = await _signIn.SignInWithPasswordAsync(userName, Input.Password);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }

        await _audit.WriteAsync(new AuditEntry
        {
            Kind = result.Succeeded ? AuditKinds.SignIn : AuditKinds.SignInFailed,
            UserId = user?.Id,
            UserName = userName,
            TenantId = user?.TenantId,
            Detail = result.Succeeded ? null : result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed (disabled)" : "wrong user name or password",
            IpAddress = address,
        });

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        // Only a wrong password counts: disabled and locked out are said after the right one.
        if (!result.IsLockedOut && !result.IsNotAllowed)
        {
            _throttle.RecordFailure(address, userName);
        }

        var message = result.IsLockedOut
            ? _l["账号已临时锁定，请稍后再试或联系系统管理员。"]
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
