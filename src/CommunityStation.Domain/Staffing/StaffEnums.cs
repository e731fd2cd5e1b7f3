namespace CommunityStation.Domain.Staffing;

public enum Gender
{
    Female = 0,
    Male = 1,
}

/// <summary>Education levels; H1 asks 大专 (junior college) or above, H3 a bachelor's degree (both "generally").</summary>
public enum Education
{
    JuniorHigh = 1,
    HighSchool = 2,
    Secondary = 3,
    JuniorCollege = 4,
    Bachelor = 5,
    Postgraduate = 6,
}

/// <summary>H1 "can use a computer"; H3 national or provincial computer level 2.</summary>
public enum ComputerSkill
{
    None = 0,
    Basic = 1,
    Level2 = 2,
}

/// <summary>P1: the side of a community's workforce a person is on.</summary>
public enum WorkforceSide
{
    PartyStaff = 1,
    RcMember = 2,
    Assistant = 3,
    StationStaff = 4,
}

/// <summary>S3–S5: the posts of a station.</summary>
public enum PostKind
{
    Head = 1,
    Deputy = 2,
    Staff = 3,
}

/// <summary>H1/H2 channel A (from RC members and assistants) or H3/H4 channel B (public recruitment).</summary>
public enum HiringChannel
{
    A = 1,
    B = 2,
}

public enum FilingStatus
{
    Filed = 1,
    Acknowledged = 2,
    Returned = 3,
}
