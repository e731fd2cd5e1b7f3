using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using CommunityStation.Domain.Calendar;
using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>
/// One resident request at the one-stop desk (P2), tracked to its end by a named owner. The life cycle
/// is a state machine: a case cannot be closed without a result, nor referred without a target.
/// </summary>
public sealed class ServiceCase : TimelineEntity
{
    public const int MaxTextLength = 2000;

    private readonly List<CaseStep> _steps = [];

    private ServiceCase(Guid tenantId, Guid id)
        : base(tenantId, id)
    {
    }

    public Guid StationId { get; private set; }

    /// <summary>"station-year-sequence", e.g. "A1B2-2026-000017": unique per station and year, no gaps.</summary>
    public string Number { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public Guid? ResidentId { get; private set; }

    public Guid? DeskId { get; private set; }

    public string DutyAreaCode { get; private set; } = string.Empty;

    public Guid ServiceItemId { get; private set; }

    public CaseChannel Channel { get; private set; }

    /// <summary>For <see cref="CaseChannel.OnBehalf"/>: the resident's consent is recorded.</summary>
    public bool ConsentRecorded { get; private set; }

    public string Request { get; private set; } = string.Empty;

    public CaseStatus Status { get; private set; }

    public Guid OwnerId { get; private set; }

    public string OwnerName { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>
    /// The promised completion date: the service item's working days counted on the working calendar as
    /// it stood at receipt. It is printed on the receipt, so a later change of the calendar does not move it.
    /// </summary>
    public DateOnly PromisedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Result { get; private set; }

    public ReferralTarget? ReferredTo { get; private set; }

    public string? ReferralDepartment { get; private set; }

    public string? ReferralNote { get; private set; }

    /// <summary>SHA-256 of the rating token printed on the receipt; the token itself is never stored.</summary>
    public string RatingTokenHash { get; private set; } = string.Empty;

    public DateTimeOffset RatingTokenExpiresAt { get; private set; }

    /// <summary>
    /// The rating token as printed, sealed by the portal's data protection (issue 11 item 6), so a receipt opened
    /// again shows the same QR code instead of voiding it. <see cref="RatingTokenHash"/> stays the only check.
    /// </summary>
    public string? ReceiptTokenSealed { get; private set; }

    public const int MaxSealedTokenLength = 400;

    public DateTimeOffset? RatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>
    /// The one-time token of the intake form that created the case: the same form posted again (double
    /// click, retry after a failed receipt) finds this case instead of creating a second one.
    /// </summary>
    public Guid? IntakeToken { get; private set; }

    public IReadOnlyList<CaseStep> Steps => _steps;

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.InProgress or CaseStatus.Referred;

    public bool IsOverdue(DateOnly today) => OverdueRuleCompiled(Status, PromisedBy, today);

    /// <summary>For projections that carry the status and the promised date (the same rule).</summary>
    public static bool IsOverdue(CaseStatus status, DateOnly promisedBy, DateOnly today) => OverdueRuleCompiled(status, promisedBy, today);

    /// <summary>
    /// The one overdue rule: still open after the promised (Beijing) day. The promised day is a working
    /// day from the working calendar (see <see cref="Receive"/>), so the rule needs no calendar itself.
    /// Written once as an expression, so queries translate it to SQL and objects run the compiled form.
    /// </summary>
    private static readonly Expression<Func<CaseStatus, DateOnly, DateOnly, bool>> OverdueRule =
        (status, promisedBy, today) => (status == CaseStatus.Received || status == CaseStatus.InProgress || status == CaseStatus.Referred) && promisedBy < today;

    private static readonly Func<CaseStatus, DateOnly, DateOnly, bool> OverdueRuleCompiled = OverdueRule.Compile();

    /// <summary>The overdue rule as a query filter for <paramref name="today"/>: every list and count uses this.</summary>
    public static Expression<Func<ServiceCase, bool>> IsOverdueAt(DateOnly today)
    {
        var c = Expression.Parameter(typeof(ServiceCase), "c");

        // "today" goes in as a captured value, so EF sends it as a query parameter rather than a constant.
        var captured = new Today(today);
        var body = new Bind(new Dictionary<ParameterExpression, Expression>
        {
            [OverdueRule.Parameters[0]] = Expression.Property(c, nameof(Status)),
            [OverdueRule.Parameters[1]] = Expression.Property(c, nameof(PromisedBy)),
            [OverdueRule.Parameters[2]] = Expression.Property(Expression.Constant(captured), nameof(Today.Value)),
        }).Visit(OverdueRule.Body);
        return Expression.Lambda<Func<ServiceCase, bool>>(body, c);
    }

    private sealed record Today(DateOnly Value);

    private sealed class Bind(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var replacement) ? replacement : node;
    }

    /// <summary>Open cases (not completed), as a query expression.</summary>
    public static Expression<Func<ServiceCase, bool>> Open =>
        c => c.Status == CaseStatus.Received || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Referred;

    /// <summary>
    /// P2: receives a request. The number comes from the station's gap-free counter; the promised date
    /// is the item's number of working days after the (Beijing) day of receipt, on the bureau's working
    /// calendar; the returned token goes on the receipt's QR code (M2), and is kept sealed by
    /// <paramref name="sealToken"/> (the portal's data protection) so the receipt can show it again, every time
    /// it is opened, without writing anything then.
    /// </summary>
    public static (ServiceCase Case, string RatingToken) Receive(
        Guid tenantId,
        Guid id,
        Guid stationId,
        string stationCode,
        int year,
        int sequence,
        Guid? residentId,
        Guid? deskId,
        string dutyAreaCode,
        Guid serviceItemId,
        int promisedDays,
        WorkingCalendar calendar,
        CaseChannel channel,
        bool consentRecorded,
        string request,
        CaseOwner owner,
        DateTimeOffset now,
        int ratingTokenValidDays,
        Func<string, string> sealToken,
        Guid? intakeToken = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(sealToken);
        if (channel == CaseChannel.OnBehalf && !consentRecorded)
        {
            throw new DomainException("P2", "代办须记录居民本人的同意。", "ConsentRecorded");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);

        var token = NewToken();
        var serviceCase = new ServiceCase(tenantId, id)
        {
            StationId = stationId,
            Year = year,
            Sequence = sequence,
            Number = string.Create(CultureInfo.InvariantCulture, $"{stationCode}-{year}-{sequence:D6}"),
            ResidentId = residentId,
            DeskId = deskId,
            DutyAreaCode = dutyAreaCode,
            ServiceItemId = serviceItemId,
            Channel = channel,
            ConsentRecorded = consentRecorded,
            Request = RequireText(request, "请填写诉求内容。", "Request"),
            Status = CaseStatus.Received,
            OwnerId = owner.UserId,
            OwnerName = owner.Name,
            ReceivedAt = now,
            PromisedBy = calendar.AddWorkingDays(ChinaDate.Of(now), promisedDays),
            RatingTokenHash = HashToken(token),
            RatingTokenExpiresAt = now.AddDays(ratingTokenValidDays),
            ReceiptTokenSealed = Sealed(token, sealToken),
            IntakeToken = intakeToken,
        };
        serviceCase.AddStep(CaseAction.Received, owner.UserId, owner.Name, now, null);
        return (serviceCase, token);
    }

    public void Start(Actor actor, DateTimeOffset now)
    {
        Require("P2", "只有新受理的案件才能开始办理。", CaseStatus.Received);
        Status = CaseStatus.InProgress;
        AddStep(CaseAction.Started, actor, now, null);
    }

    /// <summary>A case cannot be closed without a result.</summary>
    public void Complete(Actor actor, string result, DateTimeOffset now)
    {
        Require("P2", "只有受理中或办理中的案件才能办结。", CaseStatus.Received, CaseStatus.InProgress);
        Result = RequireText(result, "办结须填写办理结果。", "Result");
        Status = CaseStatus.Completed;
        CompletedAt = now;
        AddStep(CaseAction.Completed, actor, now, Result);
    }

    /// <summary>P1: self-governance matters go to the RC; others to a named department. Never without a target.</summary>
    public void Refer(Actor actor, ReferralTarget? target, string? department, string? note, DateTimeOffset now)
    {
        Require("P1", "只有受理中或办理中的案件才能转办。", CaseStatus.Received, CaseStatus.InProgress);
        if (target is null)
        {
            throw new DomainException("P1", "转办须选择去向：居委会或政府部门。", "Target");
        }

        var dept = TextNormalizer.NullIfBlank(TextNormalizer.Text(department));
        if (target == ReferralTarget.Department && dept is null)
        {
            throw new DomainException("P1", "转给政府部门时须写明部门名称。", "Department");
        }

        ReferredTo = target;
        ReferralDepartment = target == ReferralTarget.Department ? dept : null;
        ReferralNote = RequireText(note, "请填写转办说明。", "Note");
        Status = CaseStatus.Referred;
        AddStep(CaseAction.Referred, actor, now, $"{(target == ReferralTarget.ResidentsCommittee ? "居委会" : ReferralDepartment)}：{ReferralNote}");
    }

    /// <summary>A referral can come back to the desk, which carries on with it.</summary>
    public void ReturnFromReferral(Actor actor, string? note, DateTimeOffset now)
    {
        Require("P1", "只有已转办的案件才能转回。", CaseStatus.Referred);
        Status = CaseStatus.InProgress;
        AddStep(CaseAction.ReferralReturned, actor, now, TextNormalizer.NullIfBlank(note));
    }

    /// <summary>
    /// P1/P2: a referral that ends where it went (the RC or the department settled the matter) is recorded with its
    /// outcome, and the case is completed with that outcome as its result: tracked to its end, and open to rating (M2).
    /// </summary>
    public void ConcludeReferral(Actor actor, string? outcome, DateTimeOffset now)
    {
        Require("P1", "只有已转办的案件才能登记转办结果。", CaseStatus.Referred);
        Result = RequireText(outcome, "请填写转办单位的办理结果。", "Note");
        Status = CaseStatus.Completed;
        CompletedAt = now;
        AddStep(CaseAction.ReferralConcluded, actor, now, Result);
    }

    /// <summary>Reassignment to one of the station's own staff (<paramref name="stationStaff"/>); anyone else is refused.</summary>
    public void Reassign(Actor actor, Guid? newOwnerId, IEnumerable<CaseOwner> stationStaff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stationStaff);
        var colleague = stationStaff.FirstOrDefault(s => s.UserId == newOwnerId)
            ?? throw new DomainException("P2", "请选择本站的工作人员。", "NewOwner");
        Reassign(actor, colleague, now);
    }

    /// <summary>Reassignment within the station: always exactly one named owner.</summary>
    public void Reassign(Actor actor, CaseOwner newOwner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        if (!IsOpen)
        {
            throw new DomainException("P2", "已办结的案件不能转交。");
        }

        OwnerId = newOwner.UserId;
        OwnerName = newOwner.Name;
        AddStep(CaseAction.Reassigned, actor, now, newOwner.Name);
    }

    /// <summary>M2: a completed case is rated once, through its unexpired token.</summary>
    public Rating Rate(string token, RatingLevel level, string? comment, DateTimeOffset now)
    {
        if (!string.Equals(HashToken(token), RatingTokenHash, StringComparison.Ordinal))
        {
            throw new DomainException("M2", "评价链接无效。");
        }

        if (now > RatingTokenExpiresAt)
        {
            throw new DomainException("M2", "评价链接已过期。");
        }

        if (RatedAt is not null)
        {
            throw new DomainException("M2", "该事项已经评价过，每件事只能评价一次。");
        }

        if (Status != CaseStatus.Completed)
        {
            throw new DomainException("M2", "事项办结后才能评价。");
        }

        var text = TextNormalizer.NullIfBlank(TextNormalizer.Text(comment));
        if (text is { Length: > 500 })
        {
            throw new DomainException("M2", "评价意见不超过 500 个字。", "Comment");
        }

        RatedAt = now;
        AddStep(CaseAction.Rated, null, "居民", now, level.ToString());
        return new Rating(TenantId, Guid.CreateVersion7(), Id, StationId, DeskId, DutyAreaCode, OwnerId, OwnerName, level, text, now);
    }

    /// <summary>A new rating link (a reprinted receipt), kept sealed like the first (<see cref="Receive"/>); the old token stops working.</summary>
    public string ReissueRatingToken(DateTimeOffset now, int validDays, Func<string, string> sealToken)
    {
        ArgumentNullException.ThrowIfNull(sealToken);
        if (RatedAt is not null)
        {
            throw new DomainException("M2", "该事项已经评价过。");
        }

        var token = NewToken();
        RatingTokenHash = HashToken(token);
        RatingTokenExpiresAt = now.AddDays(validDays);
        ReceiptTokenSealed = Sealed(token, sealToken);
        return token;
    }

    /// <summary>M2: the printed token sealed by the caller's data protection, for the receipt to show again.</summary>
    private static string Sealed(string token, Func<string, string> sealToken)
    {
        var sealedToken = sealToken(token);
        ArgumentException.ThrowIfNullOrEmpty(sealedToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sealedToken.Length, MaxSealedTokenLength);
        return sealedToken;
    }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token ?? string.Empty)));

    private void Require(string rule, string message, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refusal(rule, message, "{0}（已由 {1} 处理）");
        }
    }

    private static string RequireText(string? text, string message, string field)
    {
        var folded = TextNormalizer.Text(text);
        if (folded.Length == 0)
        {
            throw new DomainException("P2", message, field);
        }

        return folded.Length <= MaxTextLength ? folded : throw new DomainException("P2", "不超过 {0} 个字。", field, MaxTextLength.ToString(CultureInfo.InvariantCulture));
    }

    private void AddStep(CaseAction action, Actor actor, DateTimeOffset at, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        AddStep(action, actor.UserId, actor.RecordedName, at, note);
    }

    private void AddStep(CaseAction action, Guid? actorId, string actorName, DateTimeOffset at, string? note)
    {
        _steps.Add(new CaseStep(TenantId, Id, NextStep(actorName, actorId), action, new ActorStamp(actorName, actorId, at), note));
    }
}
