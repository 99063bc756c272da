using Hyyve.Domain.Provisioning;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Hyyve.Functions.Provisioning;

/// <summary>
/// Runs a provisioning run as a Durable orchestration: one <see cref="RunProvisioningStep"/> activity per step (the same
/// Domain step as a Hyyve.Server job), retried by the policy in the input, with the progress as custom status. An
/// activity that runs out of retries stops the run through <see cref="GiveUpProvisioning"/>.
/// </summary>
public sealed class ProvisionTenantOrchestrator : TaskOrchestrator<ProvisioningOrchestration, StepAdvance>
{
    [Function(nameof(ProvisionTenantOrchestrator))]
    public Task<StepAdvance> RunFunctionAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        RunAsync(context, context.GetInput<ProvisioningOrchestration>()!);

    public override async Task<StepAdvance> RunAsync(TaskOrchestrationContext context, ProvisioningOrchestration input)
    {
        for (var call = 0; call < ProvisioningOrchestration.MaxSteps; call++)
        {
            StepAdvance advance;
            try
            {
                advance = await context.CallActivityAsync<StepAdvance>(nameof(RunProvisioningStep), input.RunId, input.ActivityOptions());
            }
            catch (TaskFailedException failure)
            {
                advance = await context.CallActivityAsync<StepAdvance>(nameof(GiveUpProvisioning),
                    new ProvisioningGiveUp(input.RunId, failure.FailureDetails.ErrorMessage));
            }

            context.SetCustomStatus(advance.Progress);
            if (advance.Done)
            {
                return advance;
            }
        }

        throw new InvalidOperationException($"Run {input.RunId} took more than {ProvisioningOrchestration.MaxSteps} steps.");
    }
}
