using Hyyve.Domain.Provisioning;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Provisioning;

/// <summary>The activity of one step: <see cref="ProvisioningRunner.AdvanceAsync"/>, exactly what a Hyyve.Server step job runs.
/// A transient failure throws, for the orchestration's retry policy; a permanent one returns the stopped run.</summary>
public sealed class RunProvisioningStep(ProvisioningRunner runner)
{
    [Function(nameof(RunProvisioningStep))]
    public Task<StepAdvance> RunFunctionAsync([ActivityTrigger] Guid runId, CancellationToken cancellationToken) =>
        runner.AdvanceAsync(runId, cancellationToken);
}
