using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// A town official edits one of their own tenant's communities (households drive S1; the secretary and
/// the director, chosen from the community's people, drive S3 by person).
/// </summary>
public sealed class EditModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : InputPageModel<EditModel.EditInput>
{
    public string TenantName { get; private set; } = string.Empty;

    /// <summary>Shown, not edited here: a rename has its own page (Rename), which keeps the history and explains R5.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>S3: who may be named secretary or director: the community's people today, and whoever holds the office now.</summary>
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Input = await (await access.CommunitiesAsync($"community {id}")).Where(c => c.Id == id)
            .Select(c => new EditInput
            {
                Households = c.Households,
                RcTermStart = c.RcTermStart,
                RcTermEnd = c.RcTermEnd,
                PartyOrganisation = c.PartyOrganisation,
                RcDirectorId = c.RcDirectorId,
                PartySecretaryId = c.PartySecretaryId,
                Version = c.Version,
            })
            .FirstOrDefaultAsync()
            .OrNotFound("Community", id);
        await LoadAsync(id, Input.RcDirectorId, Input.PartySecretaryId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var community = await (await access.CommunitiesAsync($"community {id}")).FirstOrDefaultAsync(c => c.Id == id).OrNotFound("Community", id);

        await LoadAsync(id, community.RcDirectorId, community.PartySecretaryId);
        if (!ModelState.Validate(new EditValidator(localizer), Input))
        {
            return Page();
        }

        var director = await OfficerAsync(Input.RcDirectorId, "Input.RcDirectorId");
        var secretary = await OfficerAsync(Input.PartySecretaryId, "Input.PartySecretaryId");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The version the user saw: if someone saved in between, SaveChanges raises a concurrency error.
        db.ExpectVersion(community, Input.Version);
        community.UpdateParticulars(
            Input.Households!.Value,
            Input.RcTermStart!.Value,
            Input.RcTermEnd!.Value,
            Input.PartyOrganisation,
            director,
            secretary);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Communities/Details", new { id });
    }

    private async Task LoadAsync(Guid id, params Guid?[] holders)
    {
        var tenantId = access.TenantId;
        TenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync() ?? string.Empty;
        Name = await db.Communities.Where(c => c.Id == id).Select(c => c.Name).FirstAsync();
        var today = clock.Today;
        var kept = holders.OfType<Guid>().ToList();
        var here = (await access.WorkforceAsync("community officers")).Where(w => w.CommunityId == id && w.From <= today && (w.To == null || w.To >= today)).Select(w => w.PersonId);
        People = (await (await access.PeopleAsync("community officers")).Where(p => here.Contains(p.Id) || kept.Contains(p.Id))
                .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>The chosen person, if one of <see cref="People"/>; otherwise a message at the field.</summary>
    private async Task<Domain.Staffing.Person?> OfficerAsync(Guid? personId, string field)
    {
        if (personId is not { } pid)
        {
            return null;
        }

        if (People.All(p => p.Id != pid))
        {
            ModelState.AddModelError(field, localizer["请从本社区的人员中选择。"]);
            return null;
        }

        return await (await access.PeopleAsync("community officers")).FirstAsync(p => p.Id == pid);
    }

    public sealed class EditInput : CommunityParticularsInput
    {
        /// <summary>S3: the RC director, one of the community's people.</summary>
        public Guid? RcDirectorId { get; set; }

        /// <summary>S3: the party secretary, one of the community's people.</summary>
        public Guid? PartySecretaryId { get; set; }

        public uint Version { get; set; }
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<SharedResource> l)
        {
            Include(new CommunityParticularsValidator(l));
        }
    }
}
