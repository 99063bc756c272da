using Hyyve.Domain.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Hyyve.Domain.Telemetry;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// Runs <see cref="JobOptions.WorkerCount"/> loops that lease and run jobs (<see cref="JobReaperService"/> returns the
/// jobs of dead workers to the queue). On shutdown, running jobs get <see cref="JobOptions.ShutdownGrace"/>
/// to finish and are released (not counted as an attempt) if they do not.
/// </summary>
internal sealed class JobWorkerService(
    PostgresJobQueue queue,
    DeadLetterHooks deadLetters,
    JobSignal signal,
    JobBackoff backoff,
    IServiceScopeFactory scopes,
    IOptions<JobOptions> options,
    ILogger<JobWorkerService> logger) : BackgroundService
{
    private readonly JobOptions _options = options.Value;
    private readonly string _workerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    private string[] _kinds = [];
    private readonly CancellationTokenSource _hardStop = new();
    private CancellationTokenRegistration _graceTimer;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return Task.CompletedTask;
        }

        using (var scope = scopes.CreateScope())
        {
            _kinds = scope.ServiceProvider.GetServices<IJobHandler>().Select(h => h.Kind).Distinct().ToArray();
        }

        JobsLog.WorkersStarted(logger, _options.WorkerCount, _workerId, string.Join(",", _kinds));
        _graceTimer = stoppingToken.Register(() => _hardStop.CancelAfter(_options.ShutdownGrace));
        var loops = Enumerable.Range(0, _options.WorkerCount).Select(_ => Task.Run(() => WorkLoopAsync(stoppingToken), CancellationToken.None));
        return Task.WhenAll(loops);
    }

    private async Task WorkLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await queue.LeaseAsync(_workerId, _kinds, stoppingToken);
                if (job is null)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                    continue;
                }

                // While there is work, each completion leases the next job in the same statement.
                while (job is not null)
                {
                    job = await RunAsync(job, leaseNext: !stoppingToken.IsCancellationRequested);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                JobsLog.LoopError(logger, ex);
                await Task.Delay(_options.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Runs one job and records its outcome; after a success, returns the next job leased with the completion.</summary>
    private async Task<LeasedJob?> RunAsync(LeasedJob job, bool leaseNext)
    {
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(_hardStop.Token);
        using var renewal = RenewWhileRunning(job, leaseLost);
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().First(h => h.Kind == job.Kind);
        using var activity = JobTrace.StartRun(job);
        try
        {
            await handler.HandleAsync(job, leaseLost.Token);
            await renewal.StopAsync();
            var (completed, next) = leaseNext
                ? await queue.CompleteAndLeaseNextAsync(job.Id, _workerId, _kinds, CancellationToken.None)
                : (await queue.CompleteAsync(job.Id, _workerId, CancellationToken.None), null);
            if (!completed)
            {
                JobsLog.LeaseLost(logger, job.Id, job.Kind);
            }

            return next;
        }
        catch (OperationCanceledException) when (_hardStop.IsCancellationRequested)
        {
            await renewal.StopAsync();
            await queue.ReleaseAsync(job.Id, _workerId, CancellationToken.None);
            JobsLog.JobReleased(logger, job.Id, job.Kind);
            return null;
        }
        catch (Exception ex)
        {
            if (ex is PermanentJobException || job.IsLastAttempt)
            {
                // The hook (the answer job fails open) runs while the lease is still held and renewed, and the job is
                // reported dead only after it: whoever sees a dead job sees its fail-open done. A crash here leaves the
                // lease to expire, and the reaper runs the hook again.
                JobsLog.JobDying(logger, ex, job.Id, job.Kind, job.Attempt);
                await deadLetters.NotifyAsync(job, ex.Message, _hardStop.Token);
            }

            await renewal.StopAsync();
            await RecordFailureAsync(job, ex);
            return null;
        }
    }

    private async Task RecordFailureAsync(LeasedJob job, Exception ex)
    {
        var permanent = ex is PermanentJobException;
        var delay = backoff.DelayAfter(job.Attempt);
        var status = await queue.FailAsync(job.Id, _workerId, ex.ToString(), delay, permanent, CancellationToken.None);
        if (status == "ready")
        {
            if (ex is UpstreamException)
            {
                JobsLog.JobRetryingUpstream(logger, job.Id, job.Kind, job.Attempt, job.MaxAttempts, delay, ex.Message);
            }
            else
            {
                JobsLog.JobRetrying(logger, ex, job.Id, job.Kind, job.Attempt, job.MaxAttempts, delay);
            }

            signal.WakeAt(queue.Now + delay);
        }
        else if (status == "dead")
        {
            JobsLog.JobDead(logger, null, job.Id, job.Kind, job.Attempt);
        }
        else
        {
            JobsLog.LeaseLost(logger, job.Id, job.Kind);
        }
    }

    private LeaseRenewal RenewWhileRunning(LeasedJob job, CancellationTokenSource leaseLost) =>
        new(() => queue.RenewAsync(job.Id, _workerId, CancellationToken.None), _options.LeaseDuration / 3, leaseLost);

    public override void Dispose()
    {
        // The base cancels the stopping token, whose callback still needs _hardStop: dispose that last.
        base.Dispose();
        _graceTimer.Dispose();
        _hardStop.Dispose();
    }
}
