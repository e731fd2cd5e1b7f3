namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>P1: reading one line of the staff import.</summary>
public sealed class StaffImportRowTests
{
    private static readonly Guid Donghong = Guid.NewGuid();
    private static readonly Dictionary<string, Guid> Communities = new() { ["东虹社区"] = Donghong };

    private static string[] Line(string education = "大专", string community = "东虹社区", string side = "工作站人员", string from = "2024-01-01", string id = "11010519491231002X") =>
        ["好人甲", id, "13800001111", education, "二级", "否", "是", community, side, from];

    [Fact]
    public void A_good_line_is_read_with_its_community_side_and_start()
    {
        var row = StaffImportRow.Parse(Line(), Communities, new HashSet<string>());
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
        Rule.Refuses("P1", () => StaffImportRow.Parse(Line(education, community, side, from, id), Communities, new HashSet<string>()));

    [Fact]
    public void P1_a_repeated_id_number_in_the_same_file_is_refused()
    {
        var seen = new HashSet<string>();
        StaffImportRow.Parse(Line(), Communities, seen);
        Rule.Refuses("P1", () => StaffImportRow.Parse(Line(), Communities, seen));
    }

    [Fact]
    public void P1_a_line_with_several_faults_names_each_of_them()
    {
        var (row, faults) = StaffImportRow.Read(Line(education: "博士后", community: "不存在社区", side: "志愿者", from: "2024-13-01", id: "110105194912310021"), Communities, new HashSet<string>());
        Assert.Null(row);
        Assert.Equal(5, faults.Count);
        Assert.All(faults, f => Assert.Equal("P1", f.Rule));
    }

    [Fact]
    public void A_good_line_reads_with_no_faults()
    {
        var (row, faults) = StaffImportRow.Read(Line(), Communities, new HashSet<string>());
        Assert.NotNull(row);
        Assert.Empty(faults);
    }
}
