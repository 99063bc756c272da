using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Runs a queued sync; when its attempts run out, the run is marked failed with the last error.</summary>
internal sealed class HelpCenterSyncJobHandler(HelpCenterSync sync, SyncRunStore runs) : IJobHandler
{
    public string Kind => JobKinds.HelpCenterSync;

    public Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var payload = job.Read(SyncJsonContext.Default.HelpCenterSyncJob);
        return sync.RunAsync(payload.ProjectId, payload.RunId, cancellationToken);
    }

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken)
    {
        var payload = job.Read(SyncJsonContext.Default.HelpCenterSyncJob);
        return runs.FailAsync(payload.RunId, $"The sync failed {job.Attempt} times and was given up; the last error: {error}", cancellationToken);
    }
}
