namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// A page that needs no database (the error page, the language switch): <see cref="UnitOfWorkPageFilter"/>
/// opens no transaction for it, so it still renders while the database is down.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NoUnitOfWorkAttribute : Attribute;
