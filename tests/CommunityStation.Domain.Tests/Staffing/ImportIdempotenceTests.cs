namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>What the staff import relies on to take the same file twice without duplicating anything.</summary>
public sealed class ImportIdempotenceTests
{
    [Fact]
    public void Updating_a_person_with_the_same_details_reports_no_change_and_a_new_phone_does()
    {
        var person = StaffingFixture.PersonBorn(new DateOnly(1985, 5, 5));

        Assert.False(person.Update(person.Name, person.IdNumber, person.Phone, person.Education, person.Computer, person.SocialWorkMajor, person.SocialWorkerCertificate));
        Assert.True(person.Update(person.Name, person.IdNumber, "13900000000", person.Education, person.Computer, person.SocialWorkMajor, person.SocialWorkerCertificate));
    }

    [Fact]
    public void An_open_assignment_covers_the_same_side_of_the_same_community_and_a_closed_earlier_one_does_not()
    {
        var person = Guid.NewGuid();
        var community = Guid.NewGuid();
        var open = new WorkforceAssignment(Guid.NewGuid(), Guid.NewGuid(), person, community, WorkforceSide.StationStaff, new DateOnly(2024, 1, 1), null);
        var closed = new WorkforceAssignment(Guid.NewGuid(), Guid.NewGuid(), person, community, WorkforceSide.StationStaff, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31));

        Assert.True(open.Covers(person, community, WorkforceSide.StationStaff, new DateOnly(2024, 1, 1)));
        Assert.False(open.Covers(person, community, WorkforceSide.Assistant, new DateOnly(2024, 1, 1)));
        Assert.False(closed.Covers(person, community, WorkforceSide.StationStaff, new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Moving_the_start_reports_whether_it_changed_and_refuses_a_start_after_the_end()
    {
        var assignment = new WorkforceAssignment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), WorkforceSide.RcMember, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        Assert.False(assignment.MoveStart(new DateOnly(2024, 1, 1)));
        Assert.True(assignment.MoveStart(new DateOnly(2024, 3, 1)));
        Assert.Equal(new DateOnly(2024, 3, 1), assignment.From);
        Rule.Refuses("P1", () => assignment.MoveStart(new DateOnly(2027, 1, 1)));
    }
}
