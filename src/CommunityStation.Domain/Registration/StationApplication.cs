using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>
/// An RC's application to establish a station, change its particulars or deregister it, and the state
/// machine of section 四: RC → town (R1, R2) → bureau (R3). Each transition checks who acts and in which
/// state, throws a <see cref="DomainException"/> naming the rule otherwise, and appends a timeline step.
/// </summary>
public sealed class StationApplication : TimelineEntity
{
    public const int MaxTextLength = 2000;

    private readonly List<ApplicationStep> _steps = [];

    private StationApplication(Guid tenantId, Guid id, Guid communityId, ApplicationKind kind, Guid? stationId, string stationName, ApplicationParticulars particulars)

        : base(tenantId, id)
    {
        CommunityId = communityId;
        Kind = kind;
        StationId = stationId;
        StationName = stationName;
        Status = ApplicationStatus.Draft;
        SetParticulars(particulars);
    }

    private StationApplication()
    {
    }

    public Guid CommunityId { get; private set; }

    public ApplicationKind Kind { get; private set; }

    /// <summary>The station a change or deregistration is about; for an establishment, set on registration.</summary>
    public Guid? StationId { get; private set; }

    /// <summary>R5: composed, never typed.</summary>
    public string StationName { get; private set; } = string.Empty;

    public ApplicationStatus Status { get; private set; }

    public int Round { get; private set; }

    /// <summary>Who started the application and when.</summary>
    public ActorStamp Created { get; private set; } = null!;

    /// <summary>When the application last arrived in the current queue (for "days waiting").</summary>
    public DateTimeOffset? QueuedAt { get; private set; }

    public string HeadName { get; private set; } = string.Empty;

    public string HeadIdNumber { get; private set; } = string.Empty;

    public string HeadPhone { get; private set; } = string.Empty;

    public string HeadEducation { get; private set; } = string.Empty;

    /// <summary>S3 (soft): the head is in principle the party secretary or the RC director.</summary>
    public bool HeadIsSecretaryOrDirector { get; private set; }

    public string PremisesAddress { get; private set; } = string.Empty;

    public decimal PremisesAreaSqm { get; private set; }

    /// <summary>B3: the basis on which the service hall may be used (ownership, lease, allocation…).</summary>
    public string PremisesUseRightBasis { get; private set; } = string.Empty;

    public decimal RegisteredCapital { get; private set; }

    public string CapitalSource { get; private set; } = string.Empty;

    public string? TownOpinion { get; private set; }

    /// <summary>Who gave <see cref="TownOpinion"/> and when.</summary>
    public ActorStamp? TownOpinionGiven { get; private set; }

    public string? LastReturnReason { get; private set; }

    public string? RegistrationNumber { get; private set; }

    public string? Uscc { get; private set; }

    public DateOnly? RegistrationDate { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<ApplicationStep> Steps => _steps;

    /// <summary>The particulars as one value (not mapped), for registering.</summary>
    public ApplicationParticulars Particulars => new(
        HeadName, HeadIdNumber, HeadPhone, HeadEducation, HeadIsSecretaryOrDirector,
        PremisesAddress, PremisesAreaSqm, PremisesUseRightBasis, RegisteredCapital, CapitalSource);

    /// <summary>Whether the application still occupies its community (one in progress at a time).</summary>
    public bool IsInProgress => Status != ApplicationStatus.Registered;

    /// <summary>S3 is soft: a warning, never a refusal.</summary>
    public IReadOnlyList<string> Warnings =>
        HeadIsSecretaryOrDirector ? [] : ["拟任站长原则上由社区党组织书记或居委会主任兼任（规则 S3）。"];

    /// <summary>
    /// R1: only the RC officer of the community starts an application, to its own town. A community with a
    /// registered station cannot apply to establish another, nor start a second application while one is
    /// in progress (hard); change and deregistration need the registered station.
    /// </summary>
    public static StationApplication Start(
        Actor actor,
        Guid id,
        Guid tenantId,
        Guid communityId,
        string tenantName,
        string communityName,
        ApplicationKind kind,
        Guid? registeredStationId,
        bool hasApplicationInProgress,
        ApplicationParticulars particulars,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.RcOfficer || actor.TenantId != tenantId || actor.CommunityId != communityId)
        {
            throw new DomainException("R1", "只有本社区居委会才能提出申请。");
        }

        if (hasApplicationInProgress)
        {
            throw new DomainException("R1", "本社区已有一份正在办理的申请，不能再提出新的申请。");
        }

        if (kind == ApplicationKind.Establish && registeredStationId is not null)
        {
            throw new DomainException("R3", "本社区已有登记的社区事务工作站，每个社区至多一个。");
        }

        if (kind != ApplicationKind.Establish && registeredStationId is null)
        {
            throw new DomainException("R3", "本社区还没有登记的工作站，不能申请变更或注销。");
        }

        var application = new StationApplication(
            tenantId,
            id,
            communityId,
            kind,
            kind == ApplicationKind.Establish ? null : registeredStationId,
            Registration.StationName.Compose(tenantName, communityName),
            particulars)
        {
            Created = ActorStamp.Of(actor, now),
        };
        application.AddStep(StepAction.Created, actor, now, null, null);
        return application;
    }

    /// <summary>The RC edits the particulars while the application is with it.</summary>
    public void UpdateParticulars(Actor actor, ApplicationParticulars particulars, DateTimeOffset now)
    {
        RequireRcOfficer(actor);
        RequireStatus("R1", "只有草稿或被退回的申请才能修改。", ApplicationStatus.Draft, ApplicationStatus.ReturnedToRc);
        SetParticulars(particulars);
        AddStep(StepAction.DetailsUpdated, actor, now, null, null);
    }

    /// <summary>Records an uploaded document version on the timeline (only while the RC holds it).</summary>
    public void RecordUpload(Actor actor, DocumentSlot slot, int version, DateTimeOffset now)
    {
        RequireRcOfficer(actor);
        if (slot == DocumentSlot.TownOpinion)
        {
            throw new DomainException("R2", "镇（街道）意见由镇（街道）在同意时出具，不能上传。");
        }

        RequireStatus("R4", "只有草稿或被退回的申请才能上传材料。", ApplicationStatus.Draft, ApplicationStatus.ReturnedToRc);
        AddStep(StepAction.DocumentUploaded, actor, now, null, $"{DocumentSlots.NameZh(slot)} v{version}");
    }

    /// <summary>
    /// R1 + R4: the RC submits to its own town once every document the application needs is there
    /// (<see cref="RequiredDocuments(ApplicationKind, ApplicationParticulars, Station?)"/>); a change of particulars
    /// is weighed against <paramref name="current"/>, the registered station it changes.
    /// </summary>
    public void Submit(Actor actor, IReadOnlyCollection<DocumentSlot> filledSlots, string? documentVersions, DateTimeOffset now, Station? current = null)
    {
        ArgumentNullException.ThrowIfNull(filledSlots);
        RequireRcOfficer(actor);
        RequireStatus("R1", "只有草稿或被退回的申请才能提交。", ApplicationStatus.Draft, ApplicationStatus.ReturnedToRc);

        var required = RequiredDocuments(Kind, Particulars, Kind == ApplicationKind.ChangeParticulars ? RequireStation(current) : current);
        var missing = required.Where(s => !filledSlots.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("R4", "材料不全，不能提交。缺少：{0}。", null, string.Join("、", missing.Select(DocumentSlots.NameZh)));
        }

        Round++;
        Status = ApplicationStatus.SubmittedToTown;
        QueuedAt = now;
        AddStep(StepAction.Submitted, actor, now, null, documentVersions);
    }

    /// <summary>R2: the town agrees, with a written opinion, and the application goes to the bureau.</summary>
    public void TownAgree(Actor actor, string opinion, DateTimeOffset now)
    {
        RequireTownOfficial(actor);
        RequireStatus("R2", "只有待镇（街道）审核的申请才能同意。", ApplicationStatus.SubmittedToTown, ApplicationStatus.ReturnedToTown);
        var text = RequireText(opinion, "R2", "请填写镇（街道）意见。", "Opinion");
        TownOpinion = text;
        TownOpinionGiven = ActorStamp.Of(actor, now);
        Status = ApplicationStatus.AgreedByTown;
        QueuedAt = now;
        AddStep(StepAction.TownAgreed, actor, now, text, DocumentSlots.NameZh(DocumentSlot.TownOpinion));
    }

    /// <summary>R2: the town returns the application to the RC, with reasons.</summary>
    public void TownReturn(Actor actor, string reasons, DateTimeOffset now)
    {
        RequireTownOfficial(actor);
        RequireStatus("R2", "只有待镇（街道）审核的申请才能退回。", ApplicationStatus.SubmittedToTown, ApplicationStatus.ReturnedToTown);
        var text = RequireText(reasons, "R2", "请填写退回理由。", "Reasons");
        LastReturnReason = text;
        Status = ApplicationStatus.ReturnedToRc;
        QueuedAt = now;
        AddStep(StepAction.TownReturned, actor, now, text, null);
    }

    /// <summary>R3: the bureau returns a town-agreed application to the town or to the RC, with reasons.</summary>
    public void BureauReturn(Actor actor, bool toTown, string reasons, DateTimeOffset now)
    {
        RequireBureau(actor);
        RequireStatus("R3", "只有镇（街道）已同意的申请才能由民政局退回。", ApplicationStatus.AgreedByTown);
        var text = RequireText(reasons, "R3", "请填写退回理由。", "Reasons");
        LastReturnReason = text;
        Status = toTown ? ApplicationStatus.ReturnedToTown : ApplicationStatus.ReturnedToRc;
        QueuedAt = now;
        AddStep(toTown ? StepAction.BureauReturnedToTown : StepAction.BureauReturnedToRc, actor, now, text, null);
    }

    /// <summary>
    /// R3: the bureau registers. For an establishment this creates the station (N1) with its registration
    /// number, USCC and date; a change applies the new particulars; a deregistration ends the station.
    /// The date is a Beijing day and may not be after today in Beijing. A code not issued by civil affairs is a
    /// soft rule (<see cref="UnifiedSocialCreditCode.StationWarning"/>): it goes ahead only with
    /// <paramref name="usccReason"/>, which the timeline keeps. Returns the new station for an establishment, else null.
    /// </summary>
    public Station? Register(Actor actor, string registrationNumber, UnifiedSocialCreditCode uscc, DateOnly registrationDate, Station? existing, DateTimeOffset now, string? usccReason = null)
    {
        ArgumentNullException.ThrowIfNull(uscc);
        RequireBureau(actor);
        RequireStatus("R3", "只有镇（街道）已同意的申请才能登记。", ApplicationStatus.AgreedByTown);
        var number = TextNormalizer.FoldWidth(RequireText(registrationNumber, "R3", "请填写登记证号。", "RegistrationNumber"));
        if (number.Length > 40)
        {
            throw new DomainException("R3", "登记证号不超过 40 个字符。", "RegistrationNumber");
        }

        if (registrationDate > ChinaDate.Of(now))
        {
            throw new DomainException("R3", "登记日期不能晚于今天（北京时间）。", "RegistrationDate");
        }

        var warning = uscc.StationWarning();
        var reason = warning?.Acknowledge(usccReason, "UsccReason");
        if (reason is { Length: > 500 })
        {
            throw new DomainException("R3", "不超过 {0} 个字。", "UsccReason", "500");
        }

        Station? created = null;
        switch (Kind)
        {
            case ApplicationKind.Establish:
                created = new Station(TenantId, Guid.CreateVersion7(), CommunityId, StationName, number, uscc.Value, registrationDate, Particulars);
                StationId = created.Id;
                break;
            case ApplicationKind.ChangeParticulars:
                RequireStation(existing).ApplyParticulars(Particulars);
                RequireStation(existing).TakeRegisteredName(StationName);
                break;
            case ApplicationKind.Deregister:
                RequireStation(existing).Deregister(registrationDate);
                break;
        }

        RegistrationNumber = number;
        Uscc = uscc.Value;
        RegistrationDate = registrationDate;
        Status = ApplicationStatus.Registered;
        QueuedAt = null;
        AddStep(StepAction.BureauRegistered, actor, now, $"{number} / {uscc.Value} / {registrationDate:yyyy-MM-dd}" + (warning is null ? string.Empty : $"（{warning}；理由：{reason}）"), null);
        return created;
    }

    /// <summary>
    /// R4: the documents an application needs. Setting a station up needs all five RC-side documents; a
    /// deregistration none. A change of particulars needs its application form and only the documents the change
    /// touches, weighed against the registered station: a new head (name or ID number) → the head's particulars and
    /// identity proof; new premises (address or area) → the premises proof; new capital → the capital report. A
    /// change that alters none of these can only be a change of charter, so it needs the charter. Any other document
    /// may still be uploaded and goes with the application.
    /// </summary>
    public static IReadOnlyList<DocumentSlot> RequiredDocuments(ApplicationKind kind, ApplicationParticulars particulars, Station? current)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        if (kind == ApplicationKind.Deregister)
        {
            return [];
        }

        if (kind == ApplicationKind.Establish || current is null)
        {
            return DocumentSlots.RcSide;
        }

        var touched = new List<DocumentSlot>();
        if (!SameText(particulars.HeadName, current.HeadName) || !SameText(particulars.HeadIdNumber, current.HeadIdNumber))
        {
            touched.Add(DocumentSlot.HeadIdentity);
        }

        if (!SameText(particulars.PremisesAddress, current.PremisesAddress) || particulars.PremisesAreaSqm != current.PremisesAreaSqm)
        {
            touched.Add(DocumentSlot.PremisesProof);
        }

        if (particulars.RegisteredCapital != current.RegisteredCapital)
        {
            touched.Add(DocumentSlot.CapitalReport);
        }

        if (touched.Count == 0)
        {
            touched.Add(DocumentSlot.Charter);
        }

        return [DocumentSlot.ApplicationForm, .. touched.OrderBy(s => s)];
    }

    private static bool SameText(string? a, string? b) => string.Equals(TextNormalizer.Text(a), TextNormalizer.Text(b), StringComparison.Ordinal);

    private Station RequireStation(Station? existing) =>
        existing is not null && existing.Id == StationId && existing.TenantId == TenantId
            ? existing
            : throw new DomainException("R3", "找不到申请所涉及的工作站。");

    private void SetParticulars(ApplicationParticulars p)
    {
        ArgumentNullException.ThrowIfNull(p);
        HeadName = RequireText(p.HeadName, "R4", "请填写拟任站长姓名。", "HeadName", 30);
        HeadIdNumber = ChineseIdNumber.TryParse(p.HeadIdNumber, out var id, out _) ? id!.Value : throw new DomainException("R4", "拟任站长身份证号码无效（GB 11643）。", "HeadIdNumber");
        HeadPhone = ChinesePhoneNumber.TryParse(p.HeadPhone, out var phone, out _) ? phone!.Value : throw new DomainException("R4", "拟任站长联系电话无效：请填写手机号码或带区号的固定电话。", "HeadPhone");
        HeadEducation = RequireText(p.HeadEducation, "R4", "请填写拟任站长学历。", "HeadEducation", 20);
        HeadIsSecretaryOrDirector = p.HeadIsSecretaryOrDirector;
        PremisesAddress = RequireText(p.PremisesAddress, "B3", "请填写社区事务受理大厅地址。", "PremisesAddress", 200);
        PremisesAreaSqm = p.PremisesAreaSqm is > 0 and <= 100_000 ? p.PremisesAreaSqm : throw new DomainException("B3", "办公场所面积须大于 0。", "PremisesAreaSqm");
        PremisesUseRightBasis = RequireText(p.PremisesUseRightBasis, "B3", "请说明办公场所使用权依据。", "PremisesUseRightBasis", 200);
        RegisteredCapital = p.RegisteredCapital is >= 0 and <= 1_000_000_000 ? p.RegisteredCapital : throw new DomainException("N1", "注册资金金额无效。", "RegisteredCapital");
        CapitalSource = RequireText(p.CapitalSource, "N1", "请填写资金来源。", "CapitalSource", 200);
    }

    private void RequireRcOfficer(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.RcOfficer || actor.TenantId != TenantId || actor.CommunityId != CommunityId)
        {
            throw new DomainException("R1", "只有本社区居委会才能办理这一步。");
        }
    }

    private void RequireTownOfficial(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.TownOfficial || actor.TenantId != TenantId)
        {
            throw new DomainException("R2", "只有社区所在的镇（街道）才能办理这一步。");
        }
    }

    private static void RequireBureau(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.Bureau)
        {
            throw new DomainException("R3", "只有市民政局才能办理这一步。");
        }
    }

    private void RequireStatus(string rule, string message, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refusal(rule, message, "{0}（当前状态已由 {1} 处理）");
        }
    }

    private static string RequireText(string? text, string rule, string message, string field, int max = MaxTextLength)
    {
        var folded = TextNormalizer.Text(text);
        if (folded.Length == 0)
        {
            throw new DomainException(rule, message, field);
        }

        return folded.Length <= max ? folded : throw new DomainException(rule, "不超过 {0} 个字。", field, max.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void AddStep(StepAction action, Actor actor, DateTimeOffset at, string? comment, string? documents)
    {
        _steps.Add(new ApplicationStep(TenantId, Id, NextStep(actor.RecordedName, actor.UserId), Round, action, actor, at, Status, comment, documents));
    }
}
