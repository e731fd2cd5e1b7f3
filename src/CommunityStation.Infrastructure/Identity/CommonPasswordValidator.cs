using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>
/// Length over composition (NIST SP 800-63B): any password of 8+ characters is accepted unless it is
/// on a list of commonly used passwords, which attackers try first.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is not null && IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "此密码过于常见，容易被猜中，请换一个。",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Common.Value.Contains(password.Trim().ToLowerInvariant());
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly
            .GetManifestResourceStream("CommunityStation.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim().ToLowerInvariant();
            if (word.Length > 0)
            {
                set.Add(word);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
