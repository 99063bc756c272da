using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Provisioning;

/// <summary>Hyyve.Server's runner of a step job. A thrown failure retries the job with backoff; when its attempts run out
/// the run stops as failed (or rollback_failed) with the step's last error.</summary>
internal sealed class ProvisioningStepJobHandler(ProvisioningRunner runner) : IJobHandler
{
    public string Kind => ProvisioningStepJob.Kind;

    public Task HandleAsync(LeasedJob job, CancellationToken cancellationToken) =>
        runner.AdvanceAsync(job.Read(ProvisioningJsonContext.Default.ProvisioningStepJob).RunId, cancellationToken);

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken) =>
        runner.GiveUpAsync(job.Read(ProvisioningJsonContext.Default.ProvisioningStepJob).RunId, error, cancellationToken);
}
