using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// A town official sets up one of the town's communities: name, household count (S1), RC term (H2) and party
/// organisation. The secretary and the director are chosen on Edit once the community's people are recorded (S3, by person).
/// </summary>
public sealed class CreateModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> l) : InputPageModel<CreateModel.CreateInput>
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.Validate(new CreateValidator(l), Input) && await CommunityTiesQuery.NameTakenAsync(access, Input.Name!, null))
        {
            ModelState.AddModelError("Input.Name", l["本镇（街道）已有社区{0}（含已撤并的），请换一个名称。", Input.Name!]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var community = new Community(access.TenantId!.Value, Guid.CreateVersion7(), Input.Name!, Input.Households!.Value, Input.RcTermStart!.Value, Input.RcTermEnd!.Value);
        community.UpdateParticulars(community.Households, community.RcTermStart, community.RcTermEnd, Input.PartyOrganisation, null, null);
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已创建社区{0}。", community.Name].Value;
        return RedirectToPage("/Communities/Details", new { id = community.Id });
    }

    public sealed class CreateInput : CommunityParticularsInput
    {
        public string? Name { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Name).CommunityName(l);
            Include(new CommunityParticularsValidator(l));
        }
    }
}
