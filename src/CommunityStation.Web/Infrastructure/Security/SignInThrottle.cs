using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>
/// Counts FAILED sign-ins (wrong password, wrong authenticator or recovery code) with the built-in
/// token-bucket rate limiters, per client address, per user name from that address, and per user name
/// overall. A successful sign-in takes no permit, so it is never slowed; only when a bucket is empty is
/// the next attempt refused without checking the password. In memory, per process.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAddressAndName;
    private readonly PartitionedRateLimiter<string> _perName;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _perAddress = Create(options.Value.PerAddress);
        _perAddressAndName = Create(options.Value.PerAddressAndName);
        _perName = Create(options.Value.PerName);
    }

    /// <summary>Why and how long an attempt must wait, or null when it may go ahead.</summary>
    public Refusal? Check(string address, string? userName)
    {
        if (Empty(_perAddress, address) is { } a)
        {
            return new Refusal("address", a);
        }

        if (userName is null)
        {
            return null;
        }

        var name = Normalize(userName);
        if (Empty(_perAddressAndName, address + "\n" + name) is { } p)
        {
            return new Refusal("address and user name", p);
        }

        return Empty(_perName, name) is { } n ? new Refusal("user name", n) : null;
    }

    public void RecordFailure(string address, string? userName)
    {
        Take(_perAddress, address);
        if (userName is not null)
        {
            var name = Normalize(userName);
            Take(_perAddressAndName, address + "\n" + name);
            Take(_perName, name);
        }
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAddressAndName.Dispose();
        _perName.Dispose();
    }

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private static PartitionedRateLimiter<string> Create(ThrottleLimit limit)
    {
        var options = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Failures),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, limit.ReplenishSeconds)),
            QueueLimit = 0,
            // The partitioned limiter replenishes its buckets itself and drops full ones after a while.
            AutoReplenishment = false,
        };
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => options));
    }

    // Asking for zero permits reports whether the bucket has any left without taking one.
    private static TimeSpan? Empty(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, 0);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static void Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, 1);
    }

    public sealed record Refusal(string Scope, TimeSpan RetryAfter)
    {
        /// <summary>Whole minutes to tell the user, at least one.</summary>
        public int Minutes => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));
    }
}

public static class SignInThrottlePageExtensions
{
    /// <summary>The page again, with status 429, Retry-After and the wait in the user's language.</summary>
    public static IActionResult Throttled(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, SignInThrottle.Refusal refusal, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(l);
        page.ModelState.AddModelError(string.Empty, l["登录失败次数过多，请 {0} 分钟后再试。", refusal.Minutes]);
        page.Response.Headers.RetryAfter = ((int)Math.Ceiling(refusal.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = page.Page();
        result.StatusCode = StatusCodes.Status429TooManyRequests;
        return result;
    }
}
