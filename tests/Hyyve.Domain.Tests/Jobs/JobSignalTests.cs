using System.Diagnostics;
using Hyyve.Domain.Jobs;

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
    public async Task Wait_returns_after_the_timeout_without_a_wake()
    {
        var signal = new JobSignal(TimeProvider.System);

        await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);
    }
}
