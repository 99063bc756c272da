using Hyyve.Domain.Jobs;
using Hyyve.Domain.Provisioning;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Hyyve.Functions.Provisioning;

/// <summary>
/// The input of <see cref="ProvisionTenantOrchestrator"/>: the run, and the retry policy of its activities, taken from
/// the same settings as Hyyve.Server's job retries (<c>Jobs__MaxAttempts</c>, <c>Jobs__BaseBackoff</c>, <c>Jobs__MaxBackoff</c>)
/// and carried in the input so a replay sees the same values.
/// </summary>
public sealed record ProvisioningOrchestration(Guid RunId, int MaxAttempts, TimeSpan FirstRetryInterval, TimeSpan MaxRetryInterval)
{
    /// <summary>More activity calls than any plan has steps (forward, or back in a rollback).</summary>
    public const int MaxSteps = 200;

    public static ProvisioningOrchestration For(Guid runId, JobOptions jobs) => new(runId, jobs.MaxAttempts, jobs.BaseBackoff, jobs.MaxBackoff);

    /// <summary>One orchestration per run and generation (each retry or rollback is a new one), so a repeated request
    /// finds the instance it started instead of starting another.</summary>
    public static string InstanceId(ProvisioningRun run) => $"provisioning-{run.Id:N}-{run.Generation}";

    public TaskOptions ActivityOptions() =>
        TaskOptions.FromRetryPolicy(new RetryPolicy(MaxAttempts, FirstRetryInterval, backoffCoefficient: 2, MaxRetryInterval));

    /// <summary>Schedules the run's orchestration unless it exists, while the run still has steps to go.</summary>
    public static async Task EnsureStartedAsync(DurableTaskClient durable, ProvisioningRun run, JobOptions jobs, CancellationToken cancellationToken)
    {
        if (run.Status is not (RunStates.Running or RunStates.RollingBack))
        {
            return;
        }

        var instanceId = InstanceId(run);
        if (await durable.GetInstanceAsync(instanceId, cancellationToken) is null)
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(nameof(ProvisionTenantOrchestrator), For(run.Id, jobs),
                new StartOrchestrationOptions(instanceId), cancellationToken);
        }
    }
}
