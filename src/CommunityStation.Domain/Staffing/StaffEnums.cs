namespace CommunityStation.Domain.Staffing;

public enum Gender { Female = 0, Male = 1 }

/// <summary>Education levels; H1 asks 大专 (junior college) or above, H3 a bachelor's degree (both "generally").</summary>
public enum Education { JuniorHigh = 1, HighSchool = 2, Secondary = 3, JuniorCollege = 4, Bachelor = 5, Postgraduate = 6 }

/// <summary>H1 "can use a computer"; H3 national or provincial computer level 2.</summary>
public enum ComputerSkill { None = 0, Basic = 1, Level2 = 2 }

/// <summary>P1: the side of a community's workforce a person is on.</summary>
public enum WorkforceSide { PartyStaff = 1, RcMember = 2, Assistant = 3, StationStaff = 4 }

/// <summary>S3–S5: the posts of a station.</summary>
public enum PostKind { Head = 1, Deputy = 2, Staff = 3 }

/// <summary>H1/H2 channel A (from RC members and assistants) or H3/H4 channel B (public recruitment).</summary>
public enum HiringChannel { A = 1, B = 2 }

public enum FilingStatus { Filed = 1, Acknowledged = 2, Returned = 3 }

/// <summary>H6: where a station's roster stands with the bureau (<see cref="RosterFiling.StateOf"/>).</summary>
public enum RosterFilingState
{
    /// <summary>No filing was ever acknowledged and none waits: "未备案".</summary>
    NotFiled = 1,

    /// <summary>A filing waits for the bureau.</summary>
    Pending = 2,

    /// <summary>Acknowledged, and the roster is still what was filed.</summary>
    Current = 3,

    /// <summary>Acknowledged once, but the roster has changed since: it must be filed again.</summary>
    OutOfDate = 4,
}
