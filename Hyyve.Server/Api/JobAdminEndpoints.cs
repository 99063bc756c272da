using Hyyve.Domain.Errors;
using Hyyve.Domain.Jobs;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class JobAdminEndpoints
{
    /// <summary>Dead letters for operators: list them, replay one.</summary>
    public static RouteGroupBuilder MapJobAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/jobs").RequireAuthorization(ApiPolicies.Admin).WithTags("Operations").ProducesKeyProblems();
        admin.MapGet("/stats", (JobQueueAdmin jobs, CancellationToken cancellationToken) => jobs.GetStatsAsync(cancellationToken))
            .WithName("GetJobStats");
        admin.MapGet("/dead", (JobQueueAdmin jobs, string? limit, CancellationToken cancellationToken) =>
            jobs.ListDeadAsync(JobQueueAdmin.DeadLimit.Parse(limit) ?? 100, cancellationToken))
            .WithName("ListDeadJobs").WithIntegerQuery(JobQueueAdmin.DeadLimit).ProducesValidationProblem();
        admin.MapPost("/{jobId:long}/replay", async (long jobId, JobQueueAdmin jobs, CancellationToken cancellationToken) =>
        {
            if (!await jobs.ReplayAsync(jobId, cancellationToken))
            {
                throw new ConflictException($"Job {jobId} is not dead-lettered, so there is nothing to replay.");
            }

            return Results.Accepted(value: new JobReplayed(jobId, "ready"));
        }).WithName("ReplayJob").Produces<JobReplayed>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
