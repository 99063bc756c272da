using Hyyve.Domain.Errors;
using Hyyve.Domain.Jobs;

namespace Hyyve.Server.Api;

internal static class JobAdminEndpoints
{
    /// <summary>Dead letters for operators: list them, replay one.</summary>
    public static RouteGroupBuilder MapJobAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/jobs").RequireAuthorization(ApiPolicies.Admin);
        admin.MapGet("/stats", (JobQueueAdmin jobs, CancellationToken cancellationToken) => jobs.GetStatsAsync(cancellationToken));
        admin.MapGet("/dead", (JobQueueAdmin jobs, int? limit, CancellationToken cancellationToken) =>
            jobs.ListDeadAsync(limit ?? 100, cancellationToken));
        admin.MapPost("/{jobId:long}/replay", async (long jobId, JobQueueAdmin jobs, CancellationToken cancellationToken) =>
        {
            if (!await jobs.ReplayAsync(jobId, cancellationToken))
            {
                throw new ConflictException($"Job {jobId} is not dead-lettered, so there is nothing to replay.");
            }

            return Results.Accepted(value: new { jobId, status = "ready" });
        });
        return api;
    }
}
