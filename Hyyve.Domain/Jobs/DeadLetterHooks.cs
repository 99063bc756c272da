using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Jobs;

/// <summary>Runs the handler's <see cref="IJobHandler.OnDeadLetteredAsync"/> once a job is dead, whoever found it dead.</summary>
internal sealed class DeadLetterHooks(IServiceScopeFactory scopes, ILogger<DeadLetterHooks> logger)
{
    public async Task NotifyAsync(LeasedJob job, string error, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
            if (handler is not null)
            {
                await handler.OnDeadLetteredAsync(job, error, cancellationToken);
            }
        }
        catch (Exception hookError)
        {
            // The job is already visible in the dead letters; an operator can replay it.
            JobsLog.DeadLetterHookFailed(logger, hookError, job.Id, job.Kind);
        }
    }
}
