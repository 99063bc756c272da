using System.Diagnostics;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge.HelpCenter;
using Npgsql;

namespace Hyyve.Domain.Health;

/// <summary>Checks the database and the queue within a bounded time, so a stopped database is reported, never waited on.</summary>
public sealed class HealthService(NpgsqlDataSource dataSource, JobQueueAdmin jobs, SyncRunStore syncRuns, TimeProvider time)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>Projects listed under <c>sync</c>, most recently synced first.</summary>
    public const int SyncProjectsListed = 100;

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using (var ping = dataSource.CreateCommand("SELECT 1"))
            {
                await ping.ExecuteScalarAsync(budget.Token);
            }

            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var stats = await jobs.GetStatsAsync(budget.Token);
            var syncs = await syncRuns.LastFinishedPerProjectAsync(SyncProjectsListed, budget.Token);
            return new HealthReport("healthy", new DatabaseHealth(true, latency, null),
                new QueueHealth(stats.Ready, stats.Running, stats.OldestReadyAgeSeconds, stats.Dead), time.GetUtcNow(),
                [.. syncs.Select(r => new ProjectSyncHealth(r.ProjectId, r.Id, r.Status, r.FinishedAt, r.Counts.Created, r.Counts.Updated,
                    r.Counts.Deleted, r.Counts.Unchanged, r.Counts.Failed, r.Error))]);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException
                                   && !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException ? $"no answer within {Budget.TotalSeconds:0} s" : ex.Message;
            return new HealthReport("unhealthy", new DatabaseHealth(false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, reason),
                null, time.GetUtcNow());
        }
    }
}
