using CommunityStation.Domain.Staffing;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Staff.People;

/// <summary>P1: register or correct a person (GB 11643 ID, mobile, education, computer skill, social work).</summary>
public sealed class EditModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public bool IsNew { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } personId)
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId).OrNotFound("Person", personId);

            IsNew = false;
            Input = new PersonInput
            {
                Name = person.Name,
                IdNumber = person.IdNumber,
                Phone = person.Phone,
                Education = person.Education,
                Computer = person.Computer,
                SocialWorkMajor = person.SocialWorkMajor,
                SocialWorkerCertificate = person.SocialWorkerCertificate,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Person? person = null;
        if (id is { } personId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == personId);
            if (person is null)
            {
                return await this.NotFoundAuditedAsync("Person", personId);
            }

            IsNew = false;
        }

        if (!ModelState.Validate(new PersonInputValidator(localizer), Input))
        {
            return Page();
        }

        var idNumber = Input.CanonicalIdNumber;
        if (await db.People.AnyAsync(p => p.IdNumber == idNumber && p.Id != id))
        {
            ModelState.AddModelError("Input.IdNumber", localizer["名册中已有此身份证号码的人员。"]);
            return Page();
        }

        if (person is null)
        {
            person = new Person(access.TenantId!.Value, Guid.CreateVersion7(), Input.ToParticulars("P1"));
            db.People.Add(person);
        }
        else
        {
            person.Update(Input.Name!, Input.IdNumber!, Input.Phone, Input.Education!.Value, Input.Computer, Input.SocialWorkMajor, Input.SocialWorkerCertificate);
        }

        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Staff/People/Details", new { id = person.Id });
    }
}
