using Hyyve.Domain.Tenancy;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>Ends a run whose last step is done, in that step's transaction: the tenant's API key (kept encrypted until the
/// run is first read) and the <c>succeeded</c> status.</summary>
internal sealed class ProvisioningFinisher(ApiKeyStore keys, RunLedger ledger, TenantDirectory directory)
{
    public async Task FinishAsync(NpgsqlTransaction transaction, RunRecord run, CancellationToken cancellationToken)
    {
        var key = await keys.CreateAsync(ApiKeyScope.Tenant, run.TenantId, $"provisioning run {run.Id}", cancellationToken, transaction);
        await ledger.StoreTenantApiKeyAsync(transaction, run.Id, key, cancellationToken);
        await RunLedger.SetRunAsync(transaction, run.Id, RunStates.Succeeded, null, cancellationToken);
        // Intake may have cached "no such tenant" while the bot was being attached.
        directory.Evict(run.TenantId);
    }
}
