using System.Collections.Concurrent;
using Hyyve.Domain.Jobs;

namespace Hyyve.IntegrationTests.Foundation;

/// <summary>
/// A job handler whose behaviour a test sets per run: it records every start, the peak number of
/// simultaneous runs of one job id (which must never exceed one), and can fail or block on demand.
/// </summary>
public sealed class RecordingJobHandler(JobProbe probe) : IJobHandler
{
    public const string JobKind = "test-recording";

    public string Kind => JobKind;

    public async Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        probe.Starts.Enqueue((job.Id, job.Attempt, DateTimeOffset.UtcNow));
        var running = probe.Running.AddOrUpdate(job.Id, 1, (_, n) => n + 1);
        if (running > 1)
        {
            Interlocked.Increment(ref probe.OverlapCount);
        }

        try
        {
            await probe.Behaviour(job, cancellationToken);
        }
        finally
        {
            probe.Running.AddOrUpdate(job.Id, 0, (_, n) => n - 1);
        }
    }

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken)
    {
        probe.DeadLettered.Enqueue(job.Id);
        return Task.CompletedTask;
    }
}

/// <summary>Shared between the handler instances of every server in one test.</summary>
public sealed class JobProbe
{
    public ConcurrentQueue<(long JobId, int Attempt, DateTimeOffset At)> Starts { get; } = new();

    public ConcurrentDictionary<long, int> Running { get; } = new();

    public ConcurrentQueue<long> DeadLettered { get; } = new();

    public int OverlapCount;

    public Func<LeasedJob, CancellationToken, Task> Behaviour { get; set; } = (_, _) => Task.CompletedTask;

    public int StartsOf(long jobId) => Starts.Count(s => s.JobId == jobId);
}
