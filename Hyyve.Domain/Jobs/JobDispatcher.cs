using Hyyve.Domain.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Hyyve.Domain.Telemetry;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// Runs one job message for a host whose transport owns attempts, retries and dead letters (Hyyve.Functions' storage
/// queues): finds the <see cref="IJobHandler"/> of the kind in this scope and calls it. A failure is logged and
/// rethrown so the transport retries; a <see cref="PermanentJobException"/> is reported as
/// <see cref="JobRunOutcome.DeadLetterNow"/> so the host can skip the pointless retries.
/// </summary>
public sealed class JobDispatcher(
    IEnumerable<IJobHandler> handlers,
    IOptions<JobOptions> options,
    TimeProvider time,
    ILogger<JobDispatcher> logger)
{
    // Queue messages have string ids and no row in hyyve.jobs; handlers use the id only in messages.
    private const long NoJobId = 0;

    public async Task<JobRunOutcome> RunAsync(string kind, string payloadJson, int attempt, int maxAttempts,
        CancellationToken cancellationToken)
    {
        var handler = HandlerFor(kind);
        var job = new LeasedJob(NoJobId, kind, payloadJson, attempt, maxAttempts, time.GetUtcNow());
        using var activity = JobTrace.StartRun(job);
        try
        {
            await handler.HandleAsync(job, cancellationToken);
            return JobRunOutcome.Completed;
        }
        catch (PermanentJobException ex)
        {
            JobsLog.MessageFailedPermanently(logger, ex, kind, attempt);
            return JobRunOutcome.DeadLetterNow;
        }
        catch (UpstreamException ex)
        {
            JobsLog.MessageAttemptFailedUpstream(logger, kind, attempt, maxAttempts, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            JobsLog.MessageAttemptFailed(logger, ex, kind, attempt, maxAttempts);
            throw;
        }
    }

    /// <summary>
    /// Calls the handler's dead-letter hook (the answer job fails open to a handoff). Unlike Hyyve.Server, whose dead row
    /// stays visible whatever the hook does, a failure here is rethrown: the host's transport keeps the message then.
    /// </summary>
    public async Task DeadLetterAsync(string kind, string payloadJson, string error, CancellationToken cancellationToken)
    {
        var handler = HandlerFor(kind);
        var attempts = options.Value.MaxAttempts;
        JobsLog.MessageDeadLettered(logger, kind, error);
        await handler.OnDeadLetteredAsync(new LeasedJob(NoJobId, kind, payloadJson, attempts, attempts, time.GetUtcNow()), error,
            cancellationToken);
    }

    private IJobHandler HandlerFor(string kind) =>
        handlers.FirstOrDefault(h => h.Kind == kind)
        ?? throw new InvalidOperationException($"No job handler is registered for kind {kind}.");
}
