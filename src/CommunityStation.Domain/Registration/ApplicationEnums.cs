namespace CommunityStation.Domain.Registration;

/// <summary>What an application asks for: a new station, a change of particulars, or deregistration (all R1–R3).</summary>
public enum ApplicationKind { Establish = 1, ChangeParticulars = 2, Deregister = 3 }

/// <summary>
/// The registration workflow (section 四): the RC applies (R1), the town agrees or returns (R2), the bureau
/// registers or returns (R3).
/// </summary>
public enum ApplicationStatus { Draft = 1, SubmittedToTown = 2, ReturnedToRc = 3, AgreedByTown = 4, ReturnedToTown = 5, Registered = 6 }

/// <summary>R4: the six documents; the town's opinion is produced at step R2, the rest come from the RC.</summary>
public enum DocumentSlot { ApplicationForm = 1, PremisesProof = 2, CapitalReport = 3, HeadIdentity = 4, Charter = 5, TownOpinion = 6 }

/// <summary>What a step of an application's timeline records.</summary>
public enum StepAction
{
    Created = 1, Submitted = 2, TownAgreed = 3, TownReturned = 4, BureauRegistered = 5,
    BureauReturnedToTown = 6, BureauReturnedToRc = 7, DocumentUploaded = 8, DetailsUpdated = 9,
}

public static class DocumentSlots
{
    /// <summary>The slots the RC must fill before submitting (R4; the town opinion comes at R2).</summary>
    public static readonly IReadOnlyList<DocumentSlot> RcSide =
        [DocumentSlot.ApplicationForm, DocumentSlot.PremisesProof, DocumentSlot.CapitalReport, DocumentSlot.HeadIdentity, DocumentSlot.Charter];

    public static string NameZh(DocumentSlot slot) => slot switch
    {
        DocumentSlot.ApplicationForm => "登记申请书",
        DocumentSlot.PremisesProof => "办公场所使用权证明",
        DocumentSlot.CapitalReport => "验资报告",
        DocumentSlot.HeadIdentity => "拟任站长基本情况及身份证明",
        DocumentSlot.Charter => "社区事务工作站章程",
        DocumentSlot.TownOpinion => "镇政府或街道办事处意见",
        _ => slot.ToString(),
    };
}

/// <summary>Whose turn it is in the registration workflow (R1–R3): the statuses that wait for each actor.</summary>
public static class ApplicationTurn
{
    public static IReadOnlyList<ApplicationStatus> WaitingFor(ActorRole role) => role switch
    {
        ActorRole.RcOfficer => [ApplicationStatus.Draft, ApplicationStatus.ReturnedToRc],
        ActorRole.TownOfficial => [ApplicationStatus.SubmittedToTown, ApplicationStatus.ReturnedToTown],
        ActorRole.Bureau => [ApplicationStatus.AgreedByTown],
        _ => [],
    };
}
