namespace CommunityStation.Web.Infrastructure.Validation;

/// <summary>
/// FluentValidation rules for Chinese identifiers, with messages in the user's language. Empty values
/// pass: pair with NotEmpty where the field is required. The rules return <see cref="IRuleBuilderOptions{T, TProperty}"/>
/// so a page can still chain <c>WithName</c>, <c>When</c> or its own <c>WithMessage</c>.
/// </summary>
public static class ChineseRuleExtensions
{
    /// <summary>The failure that has no message of its own: the value's form as a whole.</summary>
    private const string Form = "form";

    /// <summary>Each identifier's parser (the domain's), giving what failed.</summary>
    private static readonly Dictionary<Identifier, Func<string?, (bool Ok, string? Failed)>> Parsers = new()
    {
        [Identifier.IdNumber] = value => (Domain.Common.ChineseIdNumber.TryParse(value, out _, out var failed), failed),
        [Identifier.Uscc] = value => (Domain.Common.UnifiedSocialCreditCode.TryParse(value, out _, out var failed), failed),
        [Identifier.Phone] = value => (Domain.Common.ChinesePhoneNumber.TryParse(value, out _, out var failed), failed),
        [Identifier.Mobile] = value => (Domain.Common.MobilePhone.TryParse(value, out _, out var failed), failed),
    };

    /// <summary>The messages, in Chinese and English, by identifier and by what failed.</summary>
    private static readonly Dictionary<(Identifier Rule, string Failed), (string Chinese, string English)> Messages = new()
    {
        [(Identifier.IdNumber, "province")] = ("身份证号码前两位不是有效的省级行政区划代码（GB/T 2260）。", "The first two digits of the ID number are not a province-level code (GB/T 2260)."),
        [(Identifier.IdNumber, "birthdate")] = ("身份证号码中的出生日期无效（GB 11643）。", "The date of birth in the ID number is not a valid date (GB 11643)."),
        [(Identifier.IdNumber, "checksum")] = ("身份证号码校验位不正确（GB 11643）。", "The ID number's check digit is wrong (GB 11643)."),
        [(Identifier.IdNumber, Form)] = ("身份证号码格式应为18位：17位数字加1位数字或X（GB 11643）。", "An ID number has 18 characters: 17 digits and a final digit or X (GB 11643)."),
        [(Identifier.Uscc, "checksum")] = ("统一社会信用代码校验位不正确（GB 32100）。", "The unified social credit code's check character is wrong (GB 32100)."),
        [(Identifier.Uscc, "authority")] = ("统一社会信用代码前两位不是有效的登记管理部门和机构类别代码（GB 32100）。", "The first two characters of the unified social credit code are not a known registration authority and category (GB 32100)."),
        [(Identifier.Uscc, "organisation")] = ("统一社会信用代码中的组织机构代码（第9–17位）校验位不正确（GB 11714）。", "The organisation code inside the unified social credit code (characters 9–17) has a wrong check character (GB 11714)."),
        [(Identifier.Uscc, Form)] = ("统一社会信用代码格式应为18位数字或大写字母（不含 I、O、Z、S、V）（GB 32100）。", "A unified social credit code has 18 digits or capital letters, without I, O, Z, S or V (GB 32100)."),
        [(Identifier.Phone, Form)] = ("请输入有效的联系电话：11位手机号码，或带区号的固定电话（如 0510-87654321，可加分机号）。", "Enter a valid phone number: an 11-digit mobile number, or a landline with its area code (e.g. 0510-87654321, optionally with an extension)."),
        [(Identifier.Mobile, Form)] = ("请输入有效的手机号码（11位，以1开头）。", "Enter a valid mainland mobile number: 11 digits starting with 1."),
    };

    // Read per message (not cached) because the request culture is only known at validation time.
    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static IRuleBuilderOptions<T, string?> ChineseIdNumber<T>(this IRuleBuilder<T, string?> rule) => Parsed(rule, Identifier.IdNumber);

    public static IRuleBuilderOptions<T, string?> UnifiedSocialCreditCode<T>(this IRuleBuilder<T, string?> rule) => Parsed(rule, Identifier.Uscc);

    /// <summary>A contact phone: a mobile or a landline with its area code (and an optional extension).</summary>
    public static IRuleBuilderOptions<T, string?> ChinesePhoneNumber<T>(this IRuleBuilder<T, string?> rule) => Parsed(rule, Identifier.Phone);

    /// <summary>A number the portal would text: mobiles only (no field needs it today; contact phones use <see cref="ChinesePhoneNumber{T}"/>).</summary>
    public static IRuleBuilderOptions<T, string?> MobilePhone<T>(this IRuleBuilder<T, string?> rule) => Parsed(rule, Identifier.Mobile);

    /// <summary>
    /// A value the identifier's parser accepts (empty passes). On failure the value is parsed again to learn
    /// which part failed (cheap, and only then) and the message names it.
    /// </summary>
    private static IRuleBuilderOptions<T, string?> Parsed<T>(IRuleBuilder<T, string?> rule, Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var parse = Parsers[identifier];
        return rule
            .Must(value => string.IsNullOrWhiteSpace(value) || parse(value).Ok)
            .WithMessage((_, value) =>
            {
                var failed = parse(value).Failed ?? Form;
                var (chinese, english) = Messages.TryGetValue((identifier, failed), out var message) ? message : Messages[(identifier, Form)];
                return Chinese ? chinese : english;
            });
    }

    private enum Identifier
    {
        IdNumber,
        Uscc,
        Phone,
        Mobile,
    }
}
