namespace Hyyve.Domain.Jobs;

/// <summary>Renews a job's lease on an interval while its handler runs; cancels the handler when the lease is lost,
/// so a job never keeps running after another worker may have taken it over.</summary>
internal sealed class LeaseRenewal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LeaseRenewal(Func<Task<bool>> renew, TimeSpan interval, CancellationTokenSource onLost)
    {
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            while (await TickAsync(timer))
            {
                bool held;
                try
                {
                    held = await renew();
                }
                catch (Exception)
                {
                    // A transient database error: keep the job running and try again next tick; the lease
                    // still has two thirds of its time left.
                    continue;
                }

                if (!held)
                {
                    await onLost.CancelAsync();
                    return;
                }
            }
        });
    }

    private async Task<bool> TickAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    public void Dispose() => _stop.Dispose();
}
