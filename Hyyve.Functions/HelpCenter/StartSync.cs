using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.HelpCenter;

/// <summary><c>POST /api/projects/{projectId}/sync</c>: 202 with the run; its job leaves through the <c>helpcenter-sync</c> queue.</summary>
public sealed class StartSync(ProjectRoute route, SyncRequests requests, CollectingJobSink jobs, ILogger<StartSync> logger)
{
    [Function(nameof(StartSync))]
    public async Task<StartSyncOutput> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/sync")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken)
    {
        var result = await route.RunAsync(request, projectId, logger, async project =>
        {
            var (run, _) = await requests.StartAsync(project, cancellationToken);
            return new AcceptedResult($"/api/projects/{projectId}/sync/{run.Id}", run);
        }, cancellationToken);
        // Forwarded only when the run was committed; an existing active run collected no job.
        var syncJobs = result is AcceptedResult ? jobs.PayloadsFor(JobKinds.HelpCenterSync) : [];
        return new StartSyncOutput { Result = result, SyncJobs = syncJobs.Length == 0 ? null : syncJobs };
    }
}
