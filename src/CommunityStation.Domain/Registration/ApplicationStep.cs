using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>One entry of an application's timeline: who did what, when, what they said, which documents.</summary>
public sealed class ApplicationStep : TimelineStep<StepAction>
{
    public ApplicationStep(Guid tenantId, Guid applicationId, int sequence, int round, StepAction action, Actor actor, DateTimeOffset at, ApplicationStatus statusAfter, string? comment, string? documents)
        : base(tenantId, sequence, action, ActorStamp.Of(actor, at))
    {
        ApplicationId = applicationId;
        Round = round;
        ActorRole = actor.Role;
        StatusAfter = statusAfter;
        Comment = comment;
        Documents = documents;
    }

    private ApplicationStep()
    {
    }

    public Guid ApplicationId { get; private set; }

    /// <summary>Submission round: 1 for the first submission, +1 on every resubmission after a return.</summary>
    public int Round { get; private set; }

    public ActorRole ActorRole { get; private set; }

    public ApplicationStatus StatusAfter { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The document versions the step saw, e.g. "登记申请书 v2; 章程 v1".</summary>
    public string? Documents { get; private set; }
}
