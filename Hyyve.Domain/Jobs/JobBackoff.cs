namespace Hyyve.Domain.Jobs;

/// <summary>Exponential backoff with full jitter: attempt n waits a random time in [d/2, d], d = base·2^(n-1).</summary>
public sealed class JobBackoff(JobOptions options, Random random)
{
    public TimeSpan DelayAfter(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(options.BaseBackoff.TotalMilliseconds * Math.Pow(2, exponent), options.MaxBackoff.TotalMilliseconds);
        var jittered = ceiling / 2 + random.NextDouble() * ceiling / 2;
        return TimeSpan.FromMilliseconds(jittered);
    }
}
