using Hyyve.Domain.Provisioning;
using Npgsql;

namespace Hyyve.Functions.Provisioning;

/// <summary>This host's continuation does nothing: <see cref="ProvisionTenantOrchestrator"/> calls the next step itself.</summary>
internal sealed class OrchestratedContinuation : IProvisioningContinuation
{
    public Task ScheduleAsync(ProvisioningStepJob next, NpgsqlTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;
}
