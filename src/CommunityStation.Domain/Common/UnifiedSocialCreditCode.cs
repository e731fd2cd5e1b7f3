namespace CommunityStation.Domain.Common;

/// <summary>
/// An 18-character unified social credit code (GB 32100-2015): a registration-authority code (position 1), an
/// organisation category under that authority (2), the registering authority's area code (3–8), the organisation
/// code of GB 11714 with its own check character (9–17), and a MOD 31 check character over the whole (18).
/// </summary>
public sealed record UnifiedSocialCreditCode(string Value)
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The registration authorities (position 1) and, for each, the organisation categories it may give
    /// (position 2), per the GB 32100 code table as the national code centre publishes it: 1 机构编制, 2 外交,
    /// 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商（市场监管）, A 中央军委改革和编制办公室,
    /// N 农业（农村集体经济组织）, Y 其他.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> Authorities = new Dictionary<char, string>
    {
        ['1'] = "1239",
        ['2'] = "19",
        ['3'] = "123459",
        ['4'] = "19",
        ['5'] = "1239",
        ['6'] = "129",
        ['7'] = "129",
        ['8'] = "19",
        ['9'] = "123",
        ['A'] = "19",
        ['N'] = "1239",
        ['Y'] = "1",
    };

    /// <summary>Civil affairs (民政) registers social organisations, private non-enterprise units among them.</summary>
    public const char CivilAffairs = '5';

    /// <summary>Whether the code shows registration by civil affairs, as a station's should (N1, R3).</summary>
    public bool IsCivilAffairs => Value[0] == CivilAffairs;

    /// <summary>The embedded organisation code (GB 11714), positions 9–17.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>R3: the bureau registers a station under a valid code only (GB 32100).</summary>
    public static UnifiedSocialCreditCode Require(string? input, string field = "Uscc") =>
        TryParse(input, out var code, out _) ? code! : throw new DomainException("R3", "统一社会信用代码无效（GB 32100）。", field);

    /// <summary>
    /// R3 (soft): a station is a private non-enterprise unit registered by civil affairs, so its code should begin
    /// with 5; another authority is possible (a code reissued or miskeyed at the source) but needs a recorded reason.
    /// </summary>
    public RuleWarning? StationWarning() => IsCivilAffairs
        ? null
        : new RuleWarning("R3", "统一社会信用代码首位为 {0}，不是民政部门登记（5）；社区事务工作站一般由民政部门登记为民办非企业单位。", Value[..1]);

    /// <summary>
    /// Parses after folding width and case; <paramref name="error"/> is "format", "authority" (position 1 or 2 not in
    /// the code table), "organisation" (the embedded GB 11714 check character is wrong) or "checksum".
    /// </summary>
    public static bool TryParse(string? input, out UnifiedSocialCreditCode? code, out string? error) =>
        CodeReading.TryRead(
            CodeReading.Fold(input),
            text => new UnifiedSocialCreditCode(text),
            out code,
            out error,
            ("format", text => text.Length == 18 && text.All(c => Charset.Contains(c, StringComparison.Ordinal))),
            ("authority", text => Authorities.TryGetValue(text[0], out var categories) && categories.Contains(text[1], StringComparison.Ordinal)),
            ("organisation", text => ComputeOrganisationCheckCharacter(text.Substring(8, 8)) == text[16]),
            CodeReading.Checksum(ComputeCheckCharacter));

    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = WeightedSum.Of(first17, Weights, c => Charset.IndexOf(c, StringComparison.Ordinal) is >= 0 and var value
            ? value
            : throw new ArgumentException("Not a USCC character.", nameof(first17)));
        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// GB 11714's check character for an organisation code's eight-character body: digits count as themselves,
    /// letters A–Z as 10–35, weights 3,7,9,10,5,8,4,2; the check is 11 − (sum mod 11), 10 written X and 11 written 0.
    /// </summary>
    public static char ComputeOrganisationCheckCharacter(string body8)
    {
        ArgumentNullException.ThrowIfNull(body8);
        if (body8.Length != 8)
        {
            throw new ArgumentException("An organisation code body has 8 characters.", nameof(body8));
        }

        var sum = WeightedSum.Of(body8, OrganisationWeights, c =>
            char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : throw new ArgumentException("Not an organisation code character.", nameof(body8)));
        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    /// <summary>A valid code from its first eight characters and an eight-character organisation body (tests, demo data).</summary>
    public static string Compose(string first8, string organisationBody8)
    {
        ArgumentNullException.ThrowIfNull(first8);
        var first17 = first8 + organisationBody8 + ComputeOrganisationCheckCharacter(organisationBody8);
        return first17 + ComputeCheckCharacter(first17);
    }
}
