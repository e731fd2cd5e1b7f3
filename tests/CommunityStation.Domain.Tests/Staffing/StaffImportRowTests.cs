namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>P1: reading one line of the staff import.</summary>
public sealed class StaffImportRowTests
{
    private static readonly Guid Donghong = Guid.NewGuid();
    private static readonly Dictionary<string, Guid> Communities = new() { ["东虹社区"] = Donghong };

    private static string[] Line(string education = "大专", string community = "东虹社区", string side = "工作站人员", string from = "2024-01-01", string id = "11010519491231002X") =>
        ["好人甲", id, "13800001111", education, "二级", "否", "是", community, side, from];

    /// <summary>The line's refusals (empty when it was read).</summary>
    private static IReadOnlyList<DomainException> Refusals(string[] cells, ISet<string>? seen = null)
    {
        var line = new ImportLine(2);
        StaffImportRow.Parse(line, cells, Communities, seen ?? new HashSet<string>());
        return line.Refusals;
    }

    [Fact]
    public void A_good_line_is_read_with_its_community_side_and_start()
    {
        var row = StaffImportRow.Parse(new ImportLine(2), Line(), Communities, new HashSet<string>())!;
        Assert.Equal("好人甲", row.Name);
        Assert.Equal(Education.JuniorCollege, row.Education);
        Assert.Equal(ComputerSkill.Level2, row.Computer);
        Assert.True(row.SocialWorkerCertificate);
        Assert.Equal(Donghong, row.CommunityId);
        Assert.Equal(WorkforceSide.StationStaff, row.Side);
        Assert.Equal(new DateOnly(2024, 1, 1), row.From);
    }

    [Theory]
    [InlineData("博士后", "东虹社区", "工作站人员", "2024-01-01", "11010519491231002X")]
    [InlineData("大专", "不存在社区", "工作站人员", "2024-01-01", "11010519491231002X")]
    [InlineData("大专", "东虹社区", "志愿者", "2024-01-01", "11010519491231002X")]
    [InlineData("大专", "东虹社区", "工作站人员", "2024-13-01", "11010519491231002X")]
    [InlineData("大专", "东虹社区", "工作站人员", "2024-01-01", "110105194912310021")]
    public void P1_a_line_that_cannot_be_read_is_refused(string education, string community, string side, string from, string id) =>
        Assert.Equal("P1", Assert.Single(Refusals(Line(education, community, side, from, id))).Rule);

    [Fact]
    public void P1_every_reason_of_a_line_is_given_not_only_the_first()
    {
        var refusals = Refusals(Line("博士后", "不存在社区", "志愿者", "2024-13-01", "110105194912310021"));
        Assert.Equal(5, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("P1", r.Rule));
    }

    [Fact]
    public void P1_a_repeated_id_number_in_the_same_file_is_refused()
    {
        var seen = new HashSet<string>();
        Assert.Empty(Refusals(Line(), seen));
        Assert.Equal("P1", Assert.Single(Refusals(Line(), seen)).Rule);
    }
}
