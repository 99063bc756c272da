using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// Keeps Hyyve under Chatwoot's rack-attack throttle (3,000 requests a minute per client IP) when many tenants share
/// one installation: a token bucket per installation (scheme, host and port) refilled at
/// <see cref="ChatwootOptions.RequestsPerMinute"/>, with a burst of a tenth of that. A call over the rate waits in a
/// first-come queue instead of provoking 429s; only a full queue refuses (never sent, so safely retried).
/// Any clock minute then sees at most the burst plus the rate, 2,640 at the default, below rack-attack's 3,000.
/// </summary>
public sealed class ChatwootRateLimiter(IOptions<ChatwootOptions> options) : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        installation => RateLimitPartition.GetTokenBucketLimiter(installation, _ => BucketFor(options.Value)));

    /// <summary>Waits for a permit to call <paramref name="requestUri"/>'s installation.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(Uri? requestUri, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(requestUri?.GetLeftPart(UriPartial.Authority) ?? "", 1, cancellationToken);

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    internal static TokenBucketRateLimiterOptions BucketFor(ChatwootOptions o)
    {
        // Refill at least every 100 ms so the rate stays smooth, with whole tokens per period.
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks / o.RequestsPerMinute, TimeSpan.FromMilliseconds(100).Ticks));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, o.RequestsPerMinute / 10),
            ReplenishmentPeriod = period,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(o.RequestsPerMinute * period.TotalMinutes)),
            QueueLimit = o.RateLimitQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
