namespace CommunityStation.Domain.ServiceDesk;

/// <summary>P2: how the request reached the desk; <c>OnBehalf</c>: for an elderly or disabled resident, with their consent recorded.</summary>
public enum CaseChannel { WalkIn = 1, Phone = 2, HomeVisit = 3, OnBehalf = 4 }

/// <summary>The case life cycle (P2): received → in progress → completed, or referred (and back, or completed with the referral's outcome).</summary>
public enum CaseStatus { Received = 1, InProgress = 2, Completed = 3, Referred = 4 }

/// <summary>P1: a referral goes to the RC (self-governance) or to a named government department.</summary>
public enum ReferralTarget { ResidentsCommittee = 1, Department = 2 }

/// <summary>
/// What a step of a case's timeline records; <c>ReferralConcluded</c>: the referral ended where it went, with an
/// outcome, and the case is completed with it.
/// </summary>
public enum CaseAction { Received = 1, Started = 2, Completed = 3, Referred = 4, ReferralReturned = 5, Reassigned = 6, Rated = 7, ReferralConcluded = 8 }

/// <summary>M2: the three grades residents give.</summary>
public enum RatingLevel { Satisfied = 1, BasicallySatisfied = 2, Dissatisfied = 3 }
