using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>A campaign's hire (H3/H4/H5) as one unit of work: loading what the rule needs and adding what it made.</summary>
public static class CampaignHiring
{
    /// <summary>
    /// Hires the next in line of <paramref name="campaign"/> into <paramref name="stationId"/>
    /// (<see cref="RecruitmentCampaign.Hire"/>). Hires of one campaign are serialised by a transaction advisory lock,
    /// so two officials hiring at once cannot both take its last vacancy or the same applicant. An outside applicant
    /// becomes a person of the register here; one already in it (linked, or by ID number) is that person. Everything
    /// is added to the unit of work and saved with the roster.
    /// </summary>
    public static async Task<Hiring> HireNextAsync(this AppDbContext db, RecruitmentCampaign campaign, Guid expected, Guid stationId, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"campaign:" + campaign.Id.ToString()}, 0))", ct);
        var applicants = await db.CampaignApplicants.Where(a => a.CampaignId == campaign.Id).ToListAsync(ct);
        var next = campaign.NextInLine(applicants);
        var registered = next is null ? null : await db.People.FirstOrDefaultAsync(p => p.Id == next.PersonId || p.IdNumber == next.IdNumber, ct);
        var communityId = await db.Stations.Where(s => s.Id == stationId).Select(s => s.CommunityId).FirstOrDefaultAsync(ct);
        var roster = await db.LoadRosterAsync(campaign.TenantId, stationId, ct);
        var hiring = campaign.Hire(applicants, expected, stationId, roster, communityId, registered, today);
        if (hiring.NewPerson is { } person)
        {
            db.People.Add(person);
        }

        db.Contracts.Add(hiring.Contract);
        db.WorkforceAssignments.Add(hiring.Side);
        await db.SaveRostersAsync(roster);
        return hiring;
    }
}
