using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Tests.Jobs;

public sealed class JobBackoffTests
{
    private static readonly JobOptions Options = new() { BaseBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(10) };

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 2, 4)]
    [InlineData(10, 5, 10)]
    public void Delay_doubles_per_attempt_within_half_to_full_and_is_capped(int attempt, double minSeconds, double maxSeconds)
    {
        var backoff = new JobBackoff(Options, new Random(42));

        var delays = Enumerable.Range(0, 200).Select(_ => backoff.DelayAfter(attempt).TotalSeconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, minSeconds, maxSeconds));
        Assert.True(delays.Distinct().Count() > 100, "jitter spreads retries so clients do not retry in lockstep");
    }
}
