using CommunityStation.Domain.Common;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// One campaign: register applicants (H3 hard checks on the closing date, bachelor's soft), enter exam
/// and assessment scores, see the ranking with the social-work preference, and hire the top candidates
/// into contracts and staff posts at the stations with vacancies.
/// </summary>
[Authorize(Roles = AppRoles.TownOfficial)]
public sealed class DetailsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly IStringLocalizer<SharedResource> _l;

    public DetailsModel(AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _l = l;
    }

    public RecruitmentCampaign Campaign { get; private set; } = null!;

    public IReadOnlyList<Row> Ranking { get; private set; } = [];

    public IReadOnlyList<Row> Unscored { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, int Vacancies, int Hired)> Stations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    [Code]
    public decimal? Exam { get; set; }

    [BindProperty]
    [Code]
    public decimal? Assessment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync("RecruitmentCampaign", id);

    public async Task<IActionResult> OnPostApplicantAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("RecruitmentCampaign", id);
        }

        var person = PersonId is { } pid ? await _db.People.FirstOrDefaultAsync(p => p.Id == pid) : null;
        if (person is null)
        {
            ModelState.AddModelError(nameof(PersonId), _l["请选择人员。"]);
            return Page();
        }

        if (await _db.CampaignApplicants.AnyAsync(a => a.CampaignId == id && a.PersonId == person.Id))
        {
            ModelState.AddModelError(nameof(PersonId), _l["此人已报名。"]);
            return Page();
        }

        var warnings = Eligibility.ChannelB(person, Campaign.ClosingDate, await ThresholdsAsync(Campaign.ClosingDate), renewal: false);
        _db.CampaignApplicants.Add(new CampaignApplicant(Campaign.TenantId, Guid.CreateVersion7(), id, person.Id, warnings.Count == 0 ? null : string.Join(" ", warnings.Select(w => w.ToString()))));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已登记报名。"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid applicantId)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("RecruitmentCampaign", id);
        }

        var applicant = await _db.CampaignApplicants.FirstOrDefaultAsync(a => a.Id == applicantId && a.CampaignId == id);
        if (applicant is null)
        {
            return await this.NotFoundAuditedAsync("CampaignApplicant", applicantId);
        }

        applicant.Score(Exam, Assessment);
        await _db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>H4: the top-ranked candidates fill the vacancies, station by station, with channel-B contracts and staff posts.</summary>
    public async Task<IActionResult> OnPostHireAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("RecruitmentCampaign", id);
        }

        var applicants = await _db.CampaignApplicants.Where(a => a.CampaignId == id).ToListAsync();
        var people = await _db.People.Where(p => applicants.Select(a => a.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var queue = new Queue<CampaignApplicant>(RecruitmentCampaign.Rank(applicants.Where(a => a.HiredAtStation is null), people));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var hired = 0;
        foreach (var (stationId, _, vacancies, already) in Stations)
        {
            var posts = await _db.StationPosts.Where(p => p.StationId == stationId && p.To == null).ToListAsync();
            var roster = new StationRoster(Campaign.TenantId, stationId, posts);
            var communityId = await _db.Stations.Where(s => s.Id == stationId).Select(s => s.CommunityId).FirstAsync();
            for (var i = already; i < vacancies && queue.Count > 0; i++)
            {
                var applicant = queue.Dequeue();
                var person = people[applicant.PersonId];
                applicant.MarkHired(stationId);
                _db.StationPosts.Add(roster.AddStaff(person, fullTime: true, [], today));
                _db.Contracts.Add(Contract.Sign(Campaign.TenantId, Guid.CreateVersion7(), person.Id, stationId, HiringChannel.B, today, today.AddYears(3).AddDays(-1), null,
                    applicant.Warnings is null ? [] : [applicant.Warnings], applicant.Warnings is null ? null : "公开招聘考试、考核择优录用（规则 H4）"));
                _db.WorkforceAssignments.Add(new WorkforceAssignment(Campaign.TenantId, Guid.CreateVersion7(), person.Id, communityId, WorkforceSide.StationStaff, today, null));
                hired++;
            }
        }

        if (hired == 0)
        {
            throw new DomainException("H4", "没有可录用的候选人：须先录入考试和考核成绩，且尚有空缺岗位。");
        }

        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已录用 {0} 人。", hired].Value;
        return RedirectToPage(new { id });
    }

    private async Task<HiringThresholds> ThresholdsAsync(DateOnly on) =>
        HiringThresholds.InForceOn(new PolicySettingHistory(await _db.PolicySettings.ToListAsync()), on);

    private async Task<bool> LoadAsync(Guid id)
    {
        var campaign = await _db.RecruitmentCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        var applicants = await _db.CampaignApplicants.Where(a => a.CampaignId == id).AsNoTracking().ToListAsync();
        var people = await _db.People.Where(p => applicants.Select(a => a.PersonId).Contains(p.Id)).AsNoTracking().ToDictionaryAsync(p => p.Id);
        var stationNames = await _db.Stations.Select(s => new { s.Id, s.Name }).ToListAsync();
        Row ToRow(CampaignApplicant a, int? rank) => new(a.Id, rank, people[a.PersonId].Name, people[a.PersonId].AgeOn(campaign.ClosingDate), people[a.PersonId].Education,
            people[a.PersonId].HasSocialWorkBackground, a.ExamScore, a.AssessmentScore, a.ExamScore is null ? null : a.TotalScore(people[a.PersonId]), a.Warnings,
            a.HiredAtStation is { } s ? stationNames.FirstOrDefault(x => x.Id == s)?.Name : null);
        Ranking = RecruitmentCampaign.Rank(applicants, people).Select((a, i) => ToRow(a, i + 1)).ToList();
        Unscored = applicants.Where(a => a.ExamScore is null || a.AssessmentScore is null).Select(a => ToRow(a, null)).ToList();
        Stations = campaign.VacancyCounts.Select(v => (v.Key, stationNames.FirstOrDefault(s => s.Id == v.Key)?.Name ?? "?", v.Value, applicants.Count(a => a.HiredAtStation == v.Key))).ToList();
        People = (await _db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync()).Select(p => (p.Id, p.Name)).ToList();
        return true;
    }

    public sealed record Row(Guid Id, int? Rank, string Name, int Age, Education Education, bool SocialWork, decimal? Exam, decimal? Assessment, decimal? Total, string? Warnings, string? HiredAt);
}
