using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.HelpCenter;

/// <summary>Runs one sync from the <c>helpcenter-sync</c> queue; a failure is rethrown for the runtime's retries (host.json).</summary>
public sealed class HelpCenterSyncWorker(JobDispatcher dispatcher, IOptions<JobOptions> options)
{
    [Function(nameof(HelpCenterSyncWorker))]
    public Task RunAsync([QueueTrigger(JobKinds.HelpCenterSync)] string message, FunctionContext context, CancellationToken cancellationToken) =>
        dispatcher.RunAsync(JobKinds.HelpCenterSync, message, QueueAttempt.From(context), options.Value.MaxAttempts, cancellationToken);
}
