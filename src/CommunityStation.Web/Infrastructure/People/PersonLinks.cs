using CommunityStation.Domain.Staffing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityStation.Web.Infrastructure.People;

/// <summary>
/// Links an account to the person behind it (issue 11 item 4), for the administrator (any person of the account's
/// tenant) and the station head (the people of their station): the same checks, whoever links.
/// </summary>
public static class PersonLinks
{
    /// <summary>A person the linking user may choose, with their current post (station and kind) when they hold one.</summary>
    public sealed record Choice(Guid Id, string Name, string? StationName, PostKind? Post);

    /// <summary>The people of <paramref name="candidates"/>, named, with the post each holds now (the highest).</summary>
    public static async Task<IReadOnlyList<Choice>> OptionsAsync(AppDbContext db, IQueryable<Person> candidates)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await candidates.Select(p => new { p.Id, p.Name }).ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var posts = await (from sp in db.StationPosts
                           join s in db.Stations on new { sp.TenantId, Id = sp.StationId } equals new { s.TenantId, s.Id }
                           where sp.To == null && ids.Contains(sp.PersonId)
                           select new { sp.PersonId, sp.Kind, s.Name })
            .ToListAsync();
        return people
            .Select(p => posts.Where(x => x.PersonId == p.Id).OrderBy(x => x.Kind).FirstOrDefault() is { } post
                ? new Choice(p.Id, p.Name, post.Name, post.Kind)
                : new Choice(p.Id, p.Name, null, null))
            .OrderBy(o => o.Post is null).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Sets (or, with null, clears) the person behind <paramref name="user"/>. The person must be one of
    /// <paramref name="candidates"/> (the linking user's reach; never another tenant's) and not behind another account.
    /// False, with the refusal under <c>Input.PersonId</c>, when not. The change is audited with the account.
    /// </summary>
    public static async Task<bool> LinkAsync(AppDbContext db, ModelStateDictionary modelState, AppUser user, Guid? personId, IQueryable<Person> candidates, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(l);
        if (personId is { } id)
        {
            if (!await candidates.AnyAsync(p => p.Id == id))
            {
                modelState.AddModelError("Input.PersonId", l["所选人员不在可关联的人员名册中。"]);
                return false;
            }

            if (await db.Users.Where(u => u.PersonId == id && u.Id != user.Id).Select(u => u.UserName).FirstOrDefaultAsync() is { } other)
            {
                modelState.AddModelError("Input.PersonId", l["此人已关联账号 {0}，一人只能关联一个账号。", other]);
                return false;
            }
        }

        user.PersonId = personId;
        return true;
    }
}
