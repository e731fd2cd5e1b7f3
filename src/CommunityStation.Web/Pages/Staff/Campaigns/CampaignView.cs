namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// One campaign with its applicants, stations and open vacancies, as its pages show it (Details, Apply, Applicant,
/// Hire, Cancel): read through <see cref="UserAccess"/> (another town's campaign is not found) and without tracking.
/// </summary>
public sealed record CampaignView(RecruitmentCampaign Campaign, IReadOnlyList<CampaignApplicant> Applicants, IReadOnlyList<CampaignView.StationRow> Stations)
{
    /// <summary>A station of the campaign: its posts, those filled, those still open (B4).</summary>
    public sealed record StationRow(Guid Id, string Name, int Vacancies, int Hired, int Open);

    public static async Task<CampaignView> FindAsync(UserAccess access, Guid id)
    {
        ArgumentNullException.ThrowIfNull(access);
        var campaign = await (await access.CampaignsAsync($"recruitment campaign {id}")).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id).OrNotFound("RecruitmentCampaign", id);
        var applicants = await (await access.ApplicantsAsync()).AsNoTracking().Where(a => a.CampaignId == id).OrderBy(a => a.Id).ToListAsync();
        var stationIds = campaign.VacancyCounts.Keys.ToList();
        var names = await (await access.StationsAsync("campaign stations")).Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        var open = campaign.OpenVacancies(applicants);
        var stations = campaign.VacancyCounts
            .Select(v => new StationRow(v.Key, names.GetValueOrDefault(v.Key, "?"), v.Value, applicants.Count(a => a.HiredAtStation == v.Key), open[v.Key]))
            .ToList();
        return new CampaignView(campaign, applicants, stations);
    }

    public string StationName(Guid? stationId) => Stations.FirstOrDefault(s => s.Id == stationId)?.Name ?? string.Empty;
}
