using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class HelpCenterSyncEndpoints
{
    /// <summary>Run a project's Help Center sync now, follow its runs, set its schedule.</summary>
    public static RouteGroupBuilder MapHelpCenterSyncEndpoints(this RouteGroupBuilder api)
    {
        var sync = api.MapGroup("/projects/{projectId:guid}/sync").RequireAuthorization(ApiPolicies.AnyKey);

        // 202 with the run to watch; a run already queued or running is returned instead of a second one.
        sync.MapPost("/", async (Guid projectId, HttpContext context, ProjectStore projects, SyncRequests requests,
            CancellationToken cancellationToken) =>
        {
            var project = await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var (run, _) = await requests.StartAsync(project, cancellationToken);
            return Results.Accepted($"/api/projects/{projectId}/sync/{run.Id}", run);
        }).WithName("StartSync").Produces<SyncRun>(StatusCodes.Status202Accepted);

        sync.MapGet("/", async (Guid projectId, string? limit, HttpContext context, ProjectStore projects, SyncRequests requests,
            CancellationToken cancellationToken) =>
        {
            var project = await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(await requests.ListAsync(project, SyncRequests.Limit.Parse(limit), cancellationToken));
        }).WithName("ListSyncRuns").WithIntegerQuery(SyncRequests.Limit).Produces<SyncListing>().ProducesValidationProblem();

        sync.MapGet("/{runId:guid}", async (Guid projectId, Guid runId, HttpContext context, ProjectStore projects, SyncRequests requests,
            CancellationToken cancellationToken) =>
        {
            var project = await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(await requests.GetAsync(project, runId, cancellationToken));
        }).WithName("GetSyncRun").Produces<SyncRun>();

        sync.MapPut("/schedule", async (Guid projectId, SyncScheduleRequest? body, HttpContext context, ProjectStore projects,
            SyncRequests requests, CancellationToken cancellationToken) =>
        {
            var project = await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(await requests.SetScheduleAsync(project, body, cancellationToken));
        }).WithName("SetSyncSchedule").Accepts<SyncScheduleRequest>("application/json").Produces<SyncScheduleView>().ProducesValidationProblem();
        return api;
    }
}
