using Hyyve.Domain.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.HelpCenter;

/// <summary>The answer to a sync request, and the run's job for the <c>helpcenter-sync</c> queue.</summary>
public sealed class StartSyncOutput
{
    [HttpResult]
    public required IActionResult Result { get; set; }

    [QueueOutput(JobKinds.HelpCenterSync)]
    public string[]? SyncJobs { get; set; }
}
