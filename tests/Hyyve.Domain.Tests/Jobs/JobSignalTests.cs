using System.Diagnostics;
using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace Hyyve.Domain.Tests.Jobs;

public sealed class JobSignalTests
{
    [Fact]
    public async Task Wake_releases_a_waiter_before_its_timeout()
    {
        var signal = new JobSignal(TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);

        signal.Wake();
        await waiting;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Wait_returns_after_the_timeout_without_a_wake_and_not_before()
    {
        var time = new FakeTimeProvider();
        var signal = new JobSignal(time);

        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(1_999));
        var earlyCompleted = waiting.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(earlyCompleted, "the wait ended before its timeout");
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waiting.IsCompletedSuccessfully);
    }
}
