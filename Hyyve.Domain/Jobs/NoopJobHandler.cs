namespace Hyyve.Domain.Jobs;

/// <summary>Completes at once; lets benchmarks and operators measure the queue itself.</summary>
internal sealed class NoopJobHandler : IJobHandler
{
    public string Kind => JobKinds.Noop;

    public Task HandleAsync(LeasedJob job, CancellationToken cancellationToken) => Task.CompletedTask;
}
