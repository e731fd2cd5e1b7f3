using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>One entry of an application's timeline: who did what, when, what they said, which documents.</summary>
public sealed class ApplicationStep : ITenantOwned
{
    public ApplicationStep(Guid tenantId, Guid applicationId, int sequence, int round, StepAction action, Actor actor, DateTimeOffset at, ApplicationStatus statusAfter, string? comment, string? documents)
    {
        ArgumentNullException.ThrowIfNull(actor);
        TenantId = tenantId;
        ApplicationId = applicationId;
        Sequence = sequence;
        Round = round;
        Action = action;
        Acted = ActorStamp.Of(actor, at);
        ActorRole = actor.Role;
        StatusAfter = statusAfter;
        Comment = comment;
        Documents = documents;
    }

    private ApplicationStep()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>Submission round: 1 for the first submission, +1 on every resubmission after a return.</summary>
    public int Round { get; private set; }

    public StepAction Action { get; private set; }

    /// <summary>Who acted (the user id is null on rows recorded before issue 10) and when.</summary>
    public ActorStamp Acted { get; private set; } = null!;

    public ActorRole ActorRole { get; private set; }

    public ApplicationStatus StatusAfter { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The document versions the step saw, e.g. "登记申请书 v2; 章程 v1".</summary>
    public string? Documents { get; private set; }
}
