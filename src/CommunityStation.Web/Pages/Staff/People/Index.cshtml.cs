using System.Linq.Expressions;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.People;

/// <summary>
/// P1: the town's register of people, ID numbers and phones masked, with the communities of each person's
/// current workforce sides; filtered by name and community, and exported (every row the filter shows,
/// masked the same way) as CSV or XLSX.
/// </summary>
public sealed class IndexModel(UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : ListPageModel<IndexModel.Row>
{
    private const string Purpose = "people register";

    public bool CanEdit => access.Can(Capability.EditPeople);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Community { get; set; }

    /// <summary>The communities the user may see, for the filter.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Communities = [.. (await (await access.CommunitiesAsync(Purpose)).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => (c.Id, c.Name))];
        var today = clock.Today;
        var list = await (await QueryAsync(today)).ToKeysetPageAsync(Request, Order, Projection(await SidesAsync(today)));
        Rows = list.Select(p => ToRow(p, today));
    }

    /// <summary>Every row the filter shows, streamed as it is read; ID numbers and phones masked as on the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var today = clock.Today;
        var query = (await QueryAsync(today)).OrderedBy(Order).Select(Projection(await SidesAsync(today)));
        string[] header = [localizer["姓名"], localizer["性别"], localizer["年龄"], localizer["身份证号码"], localizer["联系电话"], localizer["学历"], localizer["计算机"], localizer["社工"], localizer["所在社区"], localizer["所在队伍"]];
        return await ExportAsync(format, "people", localizer["人员名册"], header, query, listed =>
        {
            var r = ToRow(listed, today);
            return
            [
                r.Name, r.Gender == Gender.Male ? localizer["男"] : localizer["女"], r.Age.ToString(CultureInfo.InvariantCulture), r.IdNumber, r.Phone,
                localizer[Labels.Education(r.Education)], localizer[Labels.Computer(r.Computer)], r.SocialWork ? localizer["是"] : localizer["否"],
                string.Join("、", r.Communities), string.Join("、", r.Sides.Select(s => localizer[Labels.Side(s)].Value)),
            ];
        });
    }

    private async Task<IQueryable<Person>> QueryAsync(DateOnly today)
    {
        var people = await access.PeopleAsync(Purpose);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.Text(Search);
            people = people.Where(p => p.Name.Contains(term));
        }

        if (Community is { } communityId)
        {
            // Only a community the user may see: another one's id in the address narrows to nobody.
            var visible = await access.CommunitiesAsync(Purpose);
            var workforce = (await access.WorkforceAsync()).Where(w => visible.Any(c => c.Id == communityId));
            people = people.Where(p => workforce.Any(w => w.PersonId == p.Id && w.CommunityId == communityId && w.From <= today && (w.To == null || w.To >= today)));
        }

        return people;
    }

    /// <summary>The current workforce sides with their community's name (a community the user may not see is not named).</summary>
    private async Task<IQueryable<Side>> SidesAsync(DateOnly today)
    {
        var communities = await access.CommunitiesAsync(Purpose);
        return from w in await access.WorkforceAsync()
               where w.From <= today && (w.To == null || w.To >= today)
               join c in communities on w.CommunityId equals c.Id
               select new Side { PersonId = w.PersonId, Kind = w.Side, Community = c.Name };
    }

    private static Keyset<Person> Order(Keyset<Person> keys) => keys.By(p => p.Name).Then(p => p.Id);

    private static Expression<Func<Person, Listed>> Projection(IQueryable<Side> sides) =>
        p => new Listed { Person = p, Sides = sides.Where(s => s.PersonId == p.Id).OrderBy(s => s.Community).ThenBy(s => s.Kind).ToList() };

    private static Row ToRow(Listed listed, DateOnly today)
    {
        var p = listed.Person;
        return new Row(p.Id, p.Name, p.Gender, p.AgeOn(today), Masking.MaskIdNumber(p.IdNumber), Masking.MaskPhone(p.Phone), p.Education, p.Computer, p.HasSocialWorkBackground,
            [.. listed.Sides.Select(s => s.Community).Distinct()], [.. listed.Sides.Select(s => s.Kind).Distinct()]);
    }

    /// <summary>A person with their current sides, as read (member initialisation, so EF can project it).</summary>
    private sealed class Listed
    {
        public required Person Person { get; init; }

        public required List<Side> Sides { get; init; }
    }

    private sealed class Side
    {
        public required Guid PersonId { get; init; }

        public required WorkforceSide Kind { get; init; }

        public required string Community { get; init; }
    }

    public sealed record Row(Guid Id, string Name, Gender Gender, int Age, string IdNumber, string Phone, Education Education, ComputerSkill Computer, bool SocialWork, IReadOnlyList<string> Communities, IReadOnlyList<WorkforceSide> Sides);
}
