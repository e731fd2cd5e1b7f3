using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Model-binding errors ("abc" typed into a number, 2024-02-30 into a date) in the user's language,
/// read at binding time, instead of the framework's English defaults.
/// </summary>
public static class BindingMessages
{
    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    public static void Configure(DefaultModelBindingMessageProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => English ? $"'{value}' is not a valid value." : $"“{value}”不是有效的值。");
        provider.SetValueIsInvalidAccessor(value => English ? $"'{value}' is not a valid value." : $"“{value}”不是有效的值。");
        provider.SetUnknownValueIsInvalidAccessor(_ => English ? "The value is not valid." : "输入的值无效。");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => English ? "The value is not valid." : "输入的值无效。");
        provider.SetValueMustBeANumberAccessor(_ => English ? "Enter a number." : "请输入数字。");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => English ? "Enter a number." : "请输入数字。");
        provider.SetMissingBindRequiredValueAccessor(_ => English ? "A value is required." : "此项必填。");
        provider.SetMissingKeyOrValueAccessor(() => English ? "A value is required." : "此项必填。");
        provider.SetValueMustNotBeNullAccessor(_ => English ? "A value is required." : "此项必填。");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => English ? "A value is required." : "此项必填。");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => English ? $"'{value}' is not a valid value." : $"“{value}”不是有效的值。");
    }
}
