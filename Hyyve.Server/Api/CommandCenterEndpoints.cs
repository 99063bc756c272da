using Hyyve.Domain.AgentConsole;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;
using Hyyve.Server.Console;

namespace Hyyve.Server.Api;

internal static class CommandCenterEndpoints
{
    /// <summary>Across the caller's projects: the command center, the HITL queue, and the live event stream.</summary>
    public static RouteGroupBuilder MapCommandCenterEndpoints(this RouteGroupBuilder api)
    {
        var console = api.MapGroup("").RequireAuthorization(ApiPolicies.AnyKey).WithTags("Console").ProducesKeyProblems();

        console.MapGet("/dashboard", (HttpContext context, DashboardQuery dashboard, CancellationToken cancellationToken) =>
            dashboard.GetAsync(ConsoleScope.TenantOf(context.ApiKey()), cancellationToken))
            .WithName("GetDashboard").Produces<Dashboard>();

        console.MapGet("/hitl", async (Guid? projectId, HttpContext context, ProjectStore projects, HitlQueue queue,
            CancellationToken cancellationToken) =>
        {
            if (projectId is { } id)
            {
                await projects.GetVisibleProjectAsync(id, context.ApiKey(), cancellationToken);
            }

            return await queue.ListAsync(ConsoleScope.TenantOf(context.ApiKey()), projectId, cancellationToken);
        }).WithName("GetHitlQueue").Produces<HitlList>();

        console.MapGet("/events", async (Guid? projectId, HttpContext context, ProjectStore projects, ConsoleEventStream stream,
            CancellationToken cancellationToken) =>
        {
            if (projectId is { } id)
            {
                await projects.GetVisibleProjectAsync(id, context.ApiKey(), cancellationToken);
            }

            await stream.WriteAsync(context.Response, ConsoleScope.TenantOf(context.ApiKey()), projectId, cancellationToken);
        }).WithName("StreamConsoleEvents").Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return api;
    }
}
