using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Creates a queued run and its job in the caller's transaction, unless the project already has an active run.</summary>
public sealed class SyncQueue(SyncRunStore runs, IJobSink jobs, IOptions<HelpCenterSyncOptions> options)
{
    /// <returns>The new run (<c>Created</c>) or the project's run that is already queued or running.</returns>
    public async Task<(SyncRun Run, bool Created)> EnqueueAsync(Guid projectId, string trigger, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await SyncLock.LockQueueingAsync(transaction, projectId, cancellationToken);
        if (await runs.FindActiveAsync(projectId, options.Value.StaleRunAfter, transaction, cancellationToken) is { } active)
        {
            return (active, false);
        }

        var run = await runs.CreateAsync(projectId, trigger, transaction, cancellationToken);
        await jobs.SubmitAsync(JobRequest.Create(JobKinds.HelpCenterSync, new HelpCenterSyncJob(projectId, run.Id),
            SyncJsonContext.Default.HelpCenterSyncJob, $"helpcenter-sync:{run.Id}"), transaction, cancellationToken);
        return (run, true);
    }
}
