namespace Hyyve.Domain.Jobs;

/// <summary>Runs jobs of one <see cref="Kind"/>. Throw to retry with backoff; throw
/// <see cref="PermanentJobException"/> to dead-letter at once.</summary>
public interface IJobHandler
{
    /// <summary>The job kind this handler runs (a constant from <see cref="JobKinds"/>).</summary>
    string Kind { get; }

    Task HandleAsync(LeasedJob job, CancellationToken cancellationToken);

    /// <summary>Called once when the job is dead-lettered, so a handler can fail open.</summary>
    Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken) => Task.CompletedTask;
}
