namespace CommunityStation.Domain.Common;

/// <summary>
/// The weighted sum behind the check characters of GB 11643 (ID numbers), GB 32100 (social credit codes) and
/// GB 11714 (organisation codes): each character's value times its position's weight. Only the values and
/// the final mapping differ, so each code keeps those and shares this.
/// </summary>
internal static class WeightedSum
{
    public static int Of(string text, IReadOnlyList<int> weights, Func<char, int> valueOf)
    {
        var sum = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += valueOf(text[i]) * weights[i];
        }

        return sum;
    }
}
