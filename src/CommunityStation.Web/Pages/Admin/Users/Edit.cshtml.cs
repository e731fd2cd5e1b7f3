using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// One account: its particulars (the name shown for it). Role and reach (Access), disabling and lockouts
/// (Status) and the password (Password) are pages of their own, linked from the account's tabs.
/// </summary>
public sealed class EditModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) : AccountPageModel(db, access, clock, users)
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        var user = await LoadAsync(id);
        Input = new EditInput { DisplayName = user.DisplayName, ConcurrencyStamp = user.ConcurrencyStamp };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await LoadAsync(id);
        if (!ModelState.Validate(new EditValidator(localizer), Input))
        {
            return Page();
        }

        user.DisplayName = Input.DisplayName!.Trim();
        if (!await UserForm.UpdateAsync(Users, user, Input.ConcurrencyStamp, ModelState, localizer))
        {
            return Page();
        }

        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public sealed class EditInput
    {
        public string? DisplayName { get; set; }

        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => l["请输入姓名。"])
                .MaximumLength(UserForm.MaxDisplayNameLength).WithMessage(_ => l["姓名不超过 {0} 个字。", UserForm.MaxDisplayNameLength]);
        }
    }
}
