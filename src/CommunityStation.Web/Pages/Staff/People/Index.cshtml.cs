using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.People;

/// <summary>P1: the town's register of people, ID numbers and phones masked.</summary>
public sealed class IndexModel(UserAccess access, Web.Infrastructure.PortalClock clock) : PageModel
{
    public bool CanEdit => access.Can(Capability.EditPeople);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync()
    {
        var people = await access.PeopleAsync("people register");
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.FoldWidth(Search);
            people = people.Where(p => p.Name.Contains(term));
        }

        var today = clock.Today;
        var list = await people.ToKeysetPageAsync(Request, k => k.By(p => p.Name).Then(p => p.Id), p => p);
        var ids = list.Items.Select(p => p.Id).ToList();
        var sides = await (await access.WorkforceAsync()).Where(w => ids.Contains(w.PersonId) && w.From <= today && (w.To == null || w.To >= today)).Select(w => new { w.PersonId, w.Side }).ToListAsync();
        Rows = list.Select(p => new Row(p.Id, p.Name, p.Gender, p.AgeOn(today), Masking.MaskIdNumber(p.IdNumber), Masking.MaskPhone(p.Phone), p.Education, p.Computer, p.HasSocialWorkBackground,
            sides.Where(s => s.PersonId == p.Id).Select(s => s.Side).Distinct().ToList()));
    }

    public sealed record Row(Guid Id, string Name, Gender Gender, int Age, string IdNumber, string Phone, Education Education, ComputerSkill Computer, bool SocialWork, IReadOnlyList<WorkforceSide> Sides);
}
