namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// A page (or one handler of it) that needs no database: <see cref="UnitOfWorkPageFilter"/> opens no
/// transaction for it, so it still renders while the database is down (the error page, the language
/// switch) and costs no round-trip (the sign-in form's GET).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class NoUnitOfWorkAttribute : Attribute;
