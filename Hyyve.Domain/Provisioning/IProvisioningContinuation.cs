using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// How a host moves a run on to its next step. Hyyve.Server enqueues the next step job in the transaction that stores
/// the finished step (<see cref="JobQueueContinuation"/>); Hyyve.Functions' orchestration calls the next activity itself.
/// </summary>
public interface IProvisioningContinuation
{
    Task ScheduleAsync(ProvisioningStepJob next, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
