namespace CommunityStation.Domain.Tests.Calendar;

public sealed class OverdueTests
{
    private static readonly CaseOwner Desk = new(Guid.NewGuid(), "王芳");

    // Wednesday 30 September 2026, 10:00 Beijing; 1 working day: promised for Thursday 8 October.
    private static readonly DateTimeOffset Received = new(2026, 9, 30, 10, 0, 0, ChinaDate.Offset);

    private static ServiceCase NewCase() =>
        ServiceCase.Receive(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "YI01", 2026, 1, null, null, "D5", Guid.NewGuid(), 1, Calendar2026.Calendar(),
            CaseChannel.WalkIn, false, "申请低保", Desk, Received, 30, t => "sealed:" + t).Case;

    [Theory]
    [InlineData("2026-10-05", false)] // the National Day holiday
    [InlineData("2026-10-08", false)] // the promised working day
    [InlineData("2026-10-09", true)]
    public void M_overdue_is_not_raised_during_the_holiday_before_the_promised_working_day(string day, bool overdue) =>
        Assert.Equal(overdue, NewCase().IsOverdue(DateOnly.ParseExact(day, "yyyy-MM-dd")));

    [Fact]
    public void M_overdue_query_expression_and_the_case_agree_for_every_status()
    {
        var open = NewCase();
        var started = NewCase();
        started.Start(TestActor.Named("王芳"), Received);
        var referred = NewCase();
        referred.Refer(TestActor.Named("王芳"), ReferralTarget.ResidentsCommittee, null, "转居委会", Received);
        var done = NewCase();
        done.Complete(TestActor.Named("王芳"), "办结", Received);
        var cases = new[] { open, started, referred, done };

        foreach (var today in new[] { new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2027, 1, 1) })
        {
            var query = ServiceCase.IsOverdueAt(today).Compile();
            foreach (var c in cases)
            {
                Assert.Equal(c.IsOverdue(today), query(c));
                Assert.Equal(c.IsOverdue(today), ServiceCase.IsOverdue(c.Status, c.PromisedBy, today));
            }
        }

        Assert.Equal([open, started, referred], cases.AsQueryable().Where(ServiceCase.IsOverdueAt(new DateOnly(2026, 10, 9))).ToArray());
    }
}
