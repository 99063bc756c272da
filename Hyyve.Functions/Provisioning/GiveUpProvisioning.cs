using Hyyve.Domain.Provisioning;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Provisioning;

/// <summary>The step activity's retries ran out: the run stops as failed (or rollback_failed) with the last error, as a
/// dead-lettered step job does in Hyyve.Server.</summary>
public sealed class GiveUpProvisioning(ProvisioningRunner runner)
{
    [Function(nameof(GiveUpProvisioning))]
    public async Task<StepAdvance> RunFunctionAsync([ActivityTrigger] ProvisioningGiveUp input, CancellationToken cancellationToken)
    {
        await runner.GiveUpAsync(input.RunId, input.Error ?? "the step kept failing", cancellationToken);
        return await runner.AdvanceAsync(input.RunId, cancellationToken);
    }
}

/// <summary>The input of <see cref="GiveUpProvisioning"/>.</summary>
public sealed record ProvisioningGiveUp(Guid RunId, string? Error);
