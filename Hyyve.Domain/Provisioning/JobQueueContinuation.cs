using Hyyve.Domain.Jobs;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>Hyyve.Server's continuation: the next step is a PostgreSQL job, committed with the previous step's output.</summary>
internal sealed class JobQueueContinuation(PostgresJobQueue queue) : IProvisioningContinuation
{
    public Task ScheduleAsync(ProvisioningStepJob next, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(JobRequest.Create(ProvisioningStepJob.Kind, next, ProvisioningJsonContext.Default.ProvisioningStepJob, next.DedupeKey),
            transaction, cancellationToken);
}
