namespace Hyyve.Domain.Jobs;

/// <summary>Wakes idle workers: on a NOTIFY, on reconnect, or at a time a local retry becomes due.</summary>
public sealed class JobSignal(TimeProvider time)
{
    private TaskCompletionSource _next = NewSource();

    public void Wake() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public void WakeAt(DateTimeOffset when)
    {
        var delay = when - time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            Wake();
            return;
        }

        ITimer? timer = null;
        timer = time.CreateTimer(_ => { Wake(); timer?.Dispose(); }, null, delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes on the next wake-up or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        try
        {
            await next.WaitAsync(timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A timeout is the fallback poll, not an error.
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
