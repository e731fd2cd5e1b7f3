namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>
/// A code typed by hand (ID number, phone, USCC, registration number, amount): full-width ASCII from a
/// Chinese input method is folded to half-width when the form is bound. Free text is never folded.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class CodeAttribute : Attribute;

/// <summary>A field edited in a textarea: tab and line breaks are kept when the form is bound.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class MultiLineAttribute : Attribute;
