namespace CommunityStation.Domain.Tests.Infrastructure;

/// <summary>The domain's refusals, by the rule they name.</summary>
public static class Rule
{
    /// <summary>Asserts <paramref name="act"/> is refused under <paramref name="rule"/>; returns the refusal (its field, its message).</summary>
    public static DomainException Refuses(string rule, Action act)
    {
        var refusal = Assert.Throws<DomainException>(act);
        Assert.Equal(rule, refusal.Rule);
        return refusal;
    }
}
