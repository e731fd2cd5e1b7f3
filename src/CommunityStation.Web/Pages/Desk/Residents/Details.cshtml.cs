using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk.Residents;

/// <summary>A resident and their cases at the station; the whole ID number only on request, and every such view logged.</summary>
public sealed class DetailsModel(UserAccess access) : PageModel
{
    public View Item { get; private set; } = null!;

    public bool Revealed { get; private set; }

    public bool CanReveal => access.Can(Capability.RevealResidentData);

    public IReadOnlyList<(Guid Id, string Number, CaseStatus Status, string AreaCode, DateTimeOffset ReceivedAt)> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool reveal = false)
    {
        var cases = await access.CasesAsync();
        var desk = await access.OwnStationAsync();
        var residents = await access.ResidentsAsync();
        var item = await residents.Where(r => r.Id == id).Select(r => new View(r.Id, r.TenantId, r.Name, r.IdNumber, r.Phone, r.ElderlyOrDisabled)).FirstOrDefaultAsync().OrNotFound("Resident", id);

        Item = item;
        if (reveal && CanReveal)
        {
            Revealed = true;
            await this.LogPersonalDataViewAsync("Resident", id, item.TenantId, "resident: ID number and phone");
        }

        Cases = (await cases.Where(c => c.ResidentId == id).OrderByDescending(c => c.ReceivedAt)
                .Select(c => new { c.Id, c.Number, c.Status, c.DutyAreaCode, c.ReceivedAt }).ToListAsync())
            .Select(c => (c.Id, c.Number, c.Status, c.DutyAreaCode, c.ReceivedAt)).ToList();
        return Page();
    }

    public sealed record View(Guid Id, Guid TenantId, string Name, string? IdNumber, string? Phone, bool ElderlyOrDisabled)
    {
        public string MaskedId => Masking.MaskIdNumber(IdNumber);

        public string MaskedPhone => Masking.MaskPhone(Phone);
    }
}
