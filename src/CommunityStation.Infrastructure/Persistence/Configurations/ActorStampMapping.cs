using System.Linq.Expressions;
using CommunityStation.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>
/// Maps an <see cref="ActorStamp"/> as a complex property onto the columns the entities had before it was
/// one value, so the schema does not change: by default <c>{prefix}_by</c>, <c>{prefix}_by_id</c>, <c>{prefix}_at</c>.
/// A nullable stamp (e.g. "removed") is an optional complex property: all three columns are null until it is set.
/// </summary>
internal static class ActorStampMapping
{
    public static void HasStamp<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, ActorStamp?>> stamp, string prefix, int maxNameLength)
        where T : class =>
        builder.HasStamp(stamp, maxNameLength, prefix + "_by", prefix + "_by_id", prefix + "_at");

    public static void HasStamp<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, ActorStamp?>> stamp, int maxNameLength, string byColumn, string byIdColumn, string atColumn)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ComplexProperty(stamp, s =>
        {
            s.Property(x => x.By).HasColumnName(byColumn).HasMaxLength(maxNameLength);
            s.Property(x => x.ById).HasColumnName(byIdColumn);
            s.Property(x => x.At).HasColumnName(atColumn);
        });
    }
}
