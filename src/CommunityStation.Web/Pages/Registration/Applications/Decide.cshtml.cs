namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// R2: the town agrees with a written opinion (the application goes to the bureau) or returns it to the
/// RC with reasons. Two officials acting at once: exactly one decision stands (optimistic concurrency).
/// </summary>
public sealed class DecideModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer, Notifier notifier)
    : ApplicationActionModel<DecideModel.DecideInput>(db, access, clock, localizer)
{
    public async Task<IActionResult> OnPostAgreeAsync(Guid id)
    {
        var application = await ActOnAsync(id);
        application.TownAgree(Access.Actor, Input.Text ?? string.Empty, Clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.Bureau, null, null, RecordedText.Notification("待登记", application.StationName, application.Kind), ApplicationHeader.Link(id));
        await notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"镇（街道）已同意：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        var application = await ActOnAsync(id);
        application.TownReturn(Access.Actor, Input.Text ?? string.Empty, Clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"申请被退回：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }


    public sealed class DecideInput : IVersionedInput
    {
        /// <summary>The opinion when agreeing, the reasons when returning.</summary>
        public string? Text { get; set; }

        public uint Version { get; set; }
    }
}
