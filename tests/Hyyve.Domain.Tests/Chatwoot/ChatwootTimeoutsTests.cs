using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Tests.Chatwoot;

public sealed class ChatwootTimeoutsTests
{
    [Fact]
    public void The_total_timeout_is_kept_below_the_job_lease()
    {
        var chatwoot = new ChatwootOptions { TotalTimeout = TimeSpan.FromSeconds(20) };

        Assert.Equal(TimeSpan.FromSeconds(20), ChatwootApiRegistration.TotalTimeout(chatwoot, new JobOptions { LeaseDuration = TimeSpan.FromSeconds(30) }));
        Assert.Equal(TimeSpan.FromSeconds(2), ChatwootApiRegistration.TotalTimeout(chatwoot, new JobOptions { LeaseDuration = TimeSpan.FromSeconds(3) }));
    }

    [Fact]
    public void The_rate_limiter_refills_at_the_configured_rate_with_a_tenth_as_burst()
    {
        var bucket = ChatwootRateLimiter.BucketFor(new ChatwootOptions { RequestsPerMinute = 2400 });
        var slow = ChatwootRateLimiter.BucketFor(new ChatwootOptions { RequestsPerMinute = 120 });

        Assert.Equal((240, TimeSpan.FromMilliseconds(100), 4), (bucket.TokenLimit, bucket.ReplenishmentPeriod, bucket.TokensPerPeriod));
        Assert.Equal((12, TimeSpan.FromMilliseconds(500), 1), (slow.TokenLimit, slow.ReplenishmentPeriod, slow.TokensPerPeriod));
    }
}
