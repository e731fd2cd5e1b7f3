using System.Globalization;
using CommunityStation.Domain.Common;
using FluentValidation;

namespace CommunityStation.Web.Infrastructure.Validation;

/// <summary>
/// FluentValidation rules for Chinese identifiers, with messages in the user's language. Empty values
/// pass: pair with NotEmpty where the field is required.
/// </summary>
public static class ChineseRuleExtensions
{
    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    public static IRuleBuilderOptionsConditions<T, string?> ChineseIdNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value) || Domain.Common.ChineseIdNumber.TryParse(value, out _, out var error))
            {
                return;
            }

            context.AddFailure(error switch
            {
                "birthdate" => English ? "The date of birth in the ID number is not a real date (GB 11643)." : "身份证号码中的出生日期无效（GB 11643）。",
                "checksum" => English ? "The ID number's check digit is wrong (GB 11643)." : "身份证号码校验位不正确（GB 11643）。",
                _ => English ? "An ID number has 17 digits and a final digit or X (GB 11643)." : "身份证号码应为 17 位数字加 1 位数字或 X（GB 11643）。",
            });
        });

    public static IRuleBuilderOptionsConditions<T, string?> UnifiedSocialCreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value) || Domain.Common.UnifiedSocialCreditCode.TryParse(value, out _, out var error))
            {
                return;
            }

            context.AddFailure(error == "checksum"
                ? English ? "The unified social credit code's check character is wrong (GB 32100)." : "统一社会信用代码校验位不正确（GB 32100）。"
                : English ? "A unified social credit code has 18 digits or capital letters (no I, O, Z, S, V) (GB 32100)." : "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）（GB 32100）。");
        });

    public static IRuleBuilderOptionsConditions<T, string?> MobilePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value) || Domain.Common.MobilePhone.TryParse(value, out _, out _))
            {
                return;
            }

            context.AddFailure(English ? "Enter a mainland mobile number: 11 digits starting with 1." : "请输入有效的手机号码（11 位，以 1 开头）。");
        });
}
