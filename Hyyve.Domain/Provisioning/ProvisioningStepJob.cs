namespace Hyyve.Domain.Provisioning;

/// <summary>
/// The job that runs the next step of a run (kind <see cref="Kind"/>). One exists per run at a time: the next is enqueued
/// in the transaction that stores a step's output, with a dedupe key of run, generation and position.
/// </summary>
public sealed record ProvisioningStepJob(Guid RunId, int Generation, int Position)
{
    public const string Kind = Jobs.JobKinds.ProvisioningStep;

    public string DedupeKey => $"provisioning:{RunId}:{Generation}:{Position}";
}
