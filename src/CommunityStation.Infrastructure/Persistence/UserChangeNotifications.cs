using Microsoft.EntityFrameworkCore.Migrations;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>
/// Migration helper (issue 12): a trigger on <c>users</c> that sends <c>NOTIFY cs_user_changed, '&lt;id&gt;'</c> when a
/// user's security stamp or disabled flag changes, or the user is deleted, so every instance of the portal forgets
/// its cached stamp at once (see <c>SecurityStampCache</c>). Delivered on commit; a rolled-back change sends nothing.
/// </summary>
public static class UserChangeNotifications
{
    public static void NotifyUserChanges(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                PERFORM pg_notify('cs_user_changed', OLD.id::text);
              ELSIF NEW.security_stamp IS DISTINCT FROM OLD.security_stamp OR NEW.is_disabled IS DISTINCT FROM OLD.is_disabled THEN
                PERFORM pg_notify('cs_user_changed', NEW.id::text);
              END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER users_notify_changed AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
            """);
    }

    public static void DropUserChangeNotifications(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS users_notify_changed ON users; DROP FUNCTION IF EXISTS notify_user_changed();");
    }
}
