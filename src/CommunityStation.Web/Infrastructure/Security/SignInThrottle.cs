using System.Threading.RateLimiting;
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
    private readonly Bucket _perAddress;
    private readonly Bucket _perAddressAndName;
    private readonly Bucket _perName;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _perAddress = new Bucket(options.Value.PerAddress);
        _perAddressAndName = new Bucket(options.Value.PerAddressAndName);
        _perName = new Bucket(options.Value.PerName);
    }

    /// <summary>Why and how long an attempt must wait, or null when it may go ahead.</summary>
    public Refusal? Check(string address, string? userName)
    {
        if (_perAddress.Empty(address) is { } a)
        {
            return new Refusal("address", a);
        }

        if (userName is null)
        {
            return null;
        }

        var name = Normalize(userName);
        if (_perAddressAndName.Empty(address + "\n" + name) is { } p)
        {
            return new Refusal("address and user name", p);
        }

        return _perName.Empty(name) is { } n ? new Refusal("user name", n) : null;
    }

    public void RecordFailure(string address, string? userName)
    {
        _perAddress.Take(address);
        if (userName is not null)
        {
            var name = Normalize(userName);
            _perAddressAndName.Take(address + "\n" + name);
            _perName.Take(name);
        }
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAddressAndName.Dispose();
        _perName.Dispose();
    }

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public sealed record Refusal(string Scope, TimeSpan RetryAfter)
    {
        /// <summary>Whole minutes to tell the user, at least one.</summary>
        public int Minutes => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));
    }

    /// <summary>One token bucket per key; a failure takes a token, one comes back every period.</summary>
    private sealed class Bucket : IDisposable
    {
        private readonly PartitionedRateLimiter<string> _limiter;
        private readonly TimeSpan _period;

        public Bucket(ThrottleLimit limit)
        {
            _period = TimeSpan.FromSeconds(Math.Max(1, limit.ReplenishSeconds));
            var options = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limit.Failures),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = _period,
                QueueLimit = 0,
                // The partitioned limiter refills its buckets itself (gradually) and drops full ones after a while.
                AutoReplenishment = false,
            };
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => options));
        }

        /// <summary>
        /// How long to wait when not one whole token is left, else null. (Asking for zero permits would
        /// not do: a gradually refilling bucket with a fraction of a token reports itself available.)
        /// </summary>
        public TimeSpan? Empty(string key) =>
            _limiter.GetStatistics(key) is { CurrentAvailablePermits: < 1 } ? _period : null;

        public void Take(string key)
        {
            using var lease = _limiter.AttemptAcquire(key, 1);
        }

        public void Dispose() => _limiter.Dispose();
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
