using CommunityStation.Domain.Communities;

namespace CommunityStation.Domain.Tests.Communities;

public sealed class CommunityMergeTests
{
    private static readonly Guid Town = Guid.NewGuid();
    private static readonly DateOnly On = new(2026, 7, 1);
    private static readonly ActorStamp By = new("demo-town", null, DateTimeOffset.UnixEpoch);
    private static readonly CommunityTies Free = new(false, false, 0);

    private static Community New(string name, int households = 1000) => new(Town, Guid.NewGuid(), name, households, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));

    [Fact]
    public void A_rename_keeps_the_old_name_in_the_history()
    {
        var community = New("东虹社区");
        var change = community.Rename("东虹新村社区", On, Free, By);
        Assert.Equal("东虹新村社区", community.Name);
        Assert.Equal((CommunityChangeKind.Renamed, "东虹社区", "东虹新村社区", On), (change.Kind, change.Before, change.After, change.On));
    }

    [Fact]
    public void R5_a_rename_is_refused_while_an_application_carries_the_old_name()
    {
        var refusal = Rule.Refuses("R5", () => New("东虹社区").Rename("东虹新村社区", On, new CommunityTies(false, true, 0), By));
        Assert.Equal("Name", refusal.Field);
    }

    [Fact]
    public void A_rename_to_the_same_name_is_refused()
    {
        Assert.Equal("Name", Assert.Throws<DomainException>(() => New("东虹社区").Rename("东虹社区", On, Free, By)).Field);
    }

    [Fact]
    public void A_merge_retires_one_into_the_other_and_both_keep_the_history()
    {
        var (a, b) = (New("东虹社区", 800), New("南虹社区", 1200));
        var (_, history) = a.MergeInto(b, On, 2000, Free, Free, [], By);
        Assert.True(a.IsRetired);
        Assert.Equal((On, b.Id), (a.RetiredOn!.Value, a.MergedIntoId!.Value));
        Assert.Equal(2000, b.Households);
        Assert.False(b.IsRetired);
        Assert.Equal([CommunityChangeKind.MergedInto, CommunityChangeKind.Absorbed], history.Select(h => h.Kind));
        Assert.Equal([a.Id, b.Id], history.Select(h => h.CommunityId));
    }

    [Fact]
    public void A_merge_ends_running_sides_the_day_before_and_continues_them_in_the_other_community()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        var running = new WorkforceAssignment(Town, Guid.NewGuid(), Guid.NewGuid(), a.Id, WorkforceSide.RcMember, new DateOnly(2024, 1, 1), null);
        var ended = new WorkforceAssignment(Town, Guid.NewGuid(), Guid.NewGuid(), a.Id, WorkforceSide.Assistant, new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1));
        var (continued, _) = a.MergeInto(b, On, 2000, Free, Free, [running, ended], By);

        Assert.Equal(On.AddDays(-1), running.To);
        Assert.Equal(a.Id, running.CommunityId);
        var next = Assert.Single(continued);
        Assert.Equal((b.Id, On, running.PersonId, WorkforceSide.RcMember), (next.CommunityId, next.From, next.PersonId, next.Side));
        Assert.Equal(a.Id, ended.CommunityId);
    }

    [Fact]
    public void R3_a_merge_is_refused_when_both_communities_have_a_registered_station()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        var registered = new CommunityTies(true, false, 0);
        var refusal = Rule.Refuses("R3", () => a.MergeInto(b, On, 2000, registered, registered, [], By));
        Assert.Contains("都有已登记的工作站", refusal.Message, StringComparison.Ordinal);
        Assert.False(a.IsRetired);
    }

    [Fact]
    public void R3_the_community_that_is_retired_may_not_have_a_registered_station()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        Rule.Refuses("R3", () => a.MergeInto(b, On, 2000, new CommunityTies(true, false, 0), Free, [], By));
        a.MergeInto(b, On, 2000, Free, new CommunityTies(true, false, 0), [], By);
        Assert.True(a.IsRetired);
    }

    [Fact]
    public void R1_a_merge_is_refused_while_either_community_has_an_application_in_progress()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        var refusal = Rule.Refuses("R1", () => a.MergeInto(b, On, 2000, Free, new CommunityTies(false, true, 0), [], By));
        Assert.Contains("南虹社区", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_is_refused_while_accounts_still_belong_to_the_retired_community_and_says_how_many()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        var refusal = Assert.Throws<DomainException>(() => a.MergeInto(b, On, 2000, new CommunityTies(false, false, 2), Free, [], By));
        Assert.Contains("2 个账号", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_cannot_be_merged_into_itself_nor_a_retired_one_changed_again()
    {
        var (a, b) = (New("东虹社区"), New("南虹社区"));
        Assert.Equal("IntoId", Assert.Throws<DomainException>(() => a.MergeInto(a, On, 1, Free, Free, [], By)).Field);
        a.MergeInto(b, On, 2000, Free, Free, [], By);
        Assert.Throws<DomainException>(() => a.Rename("新名", On, Free, By));
        Assert.Throws<DomainException>(() => a.UpdateParticulars(10, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), null, null, null));
        Assert.Throws<DomainException>(() => b.MergeInto(a, On, 2000, Free, Free, [], By));
    }
}
