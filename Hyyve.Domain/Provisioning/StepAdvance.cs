namespace Hyyve.Domain.Provisioning;

/// <summary>
/// What one call of <see cref="ProvisioningRunner.AdvanceAsync"/> did: the run's status after it, the step it worked on,
/// and whether the run needs no more steps (<see cref="Done"/>: succeeded, failed, rolled back or rollback failed).
/// </summary>
public sealed record StepAdvance(Guid RunId, string Status, string? Step, bool Done, int StepsDone, int StepsTotal, string? Error)
{
    /// <summary>Progress for an orchestration's custom status, e.g. <c>running 4/11 agent-bot</c>.</summary>
    public string Progress => $"{Status} {StepsDone}/{StepsTotal}{(Step is null ? "" : " " + Step)}";
}
