using CommunityStation.Domain.Communities;
using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>A town official imports the town's communities from XLSX or CSV (<see cref="CommunityImport"/>).</summary>
public sealed class ImportModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : ImportPageModel(l)
{
    public override IReadOnlyList<string> Columns => CommunityImport.Columns;

    public override string Title => "批量导入社区";

    public override bool OffersUpdate => true;

    public override string? Hint => "每行一个社区。党组织书记和居委会主任填本社区人员的身份证号码或姓名；新社区还没有人员时请留空，导入人员后再导入一次。";

    public Task<IActionResult> OnGetTemplateAsync(string? format) => TemplateAsync(format, "communities-import-template", CommunityImport.Example);

    protected override async Task ImportAsync(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        // S3: the people on each community's workforce today, who may be named its secretary or director.
        var today = clock.Today;
        var people = await (from w in await access.WorkforceAsync("community import: officers")
                            join p in await access.PeopleAsync("community import: officers") on w.PersonId equals p.Id
                            where w.From <= today && (w.To == null || w.To >= today)
                            select new { w.CommunityId, Person = p })
            .ToListAsync();
        var byCommunity = people.ToLookup(x => x.CommunityId, x => x.Person);
        Person? Officer(Guid communityId, string text)
        {
            var here = byCommunity[communityId].DistinctBy(p => p.Id).ToList();
            var folded = TextNormalizer.FoldWidth(text).ToUpperInvariant();
            return here.FirstOrDefault(p => p.IdNumber == folded) ?? (here.Count(p => p.Name == text) == 1 ? here.Single(p => p.Name == text) : null);
        }

        var existing = await (await access.CommunitiesAsync("community import")).ToListAsync();
        await SaveAsync(db, CommunityImport.Plan(access.TenantId!.Value, lines, existing, Officer, UpdateExisting));
    }
}
