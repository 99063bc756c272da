using Hyyve.Domain.AgentConsole;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class ConsoleEndpoints
{
    /// <summary>A project's threads with their RAG metadata, insights, answer traces, and the agent's reply and status actions.</summary>
    public static RouteGroupBuilder MapConsoleEndpoints(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{projectId:guid}").RequireAuthorization(ApiPolicies.AnyKey)
            .WithTags("Console").ProducesKeyProblems().ProducesValidationProblem().AddEndpointFilter(VisibleProject);

        project.MapGet("/conversations", (Guid projectId, string? status, int? page, int? pageSize, ConversationList list,
            CancellationToken cancellationToken) => list.ListAsync(projectId, status, page, pageSize, cancellationToken))
            .WithName("ListConversations").Produces<ConversationPage>();

        project.MapGet("/conversations/{conversationId:long}/messages", (Guid projectId, long conversationId, ConversationThread thread,
            CancellationToken cancellationToken) => thread.GetAsync(projectId, conversationId, cancellationToken))
            .WithName("GetConversationMessages").Produces<ThreadMessages>();

        project.MapGet("/conversations/{conversationId:long}/insights", (Guid projectId, long conversationId, ConversationInsights insights,
            CancellationToken cancellationToken) => insights.GetAsync(projectId, conversationId, cancellationToken))
            .WithName("GetConversationInsights").Produces<Insights>();

        project.MapGet("/answers/{answerId:guid}", (Guid projectId, Guid answerId, AnswerTraces traces, CancellationToken cancellationToken) =>
            traces.GetAsync(projectId, answerId, cancellationToken))
            .WithName("GetAnswerTrace").Produces<AnswerTrace>();

        project.MapPost("/conversations/{conversationId:long}/reply", async (Guid projectId, long conversationId, ReplyBody? body,
            ConsoleActions actions, CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await actions.ReplyAsync(projectId, conversationId, body, cancellationToken)))
            .WithName("ReplyToConversation").Accepts<ReplyBody>("application/json").Produces<ReplyPosted>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway);

        project.MapPost("/conversations/{conversationId:long}/status", (Guid projectId, long conversationId, StatusBody? body,
            ConsoleActions actions, CancellationToken cancellationToken) => actions.SetStatusAsync(projectId, conversationId, body, cancellationToken))
            .WithName("SetConversationStatus").Accepts<StatusBody>("application/json").Produces<StatusSet>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway);
        return api;
    }

    /// <summary>Every route of the group names a project the key must see (404 otherwise), before the Domain call.</summary>
    internal static async ValueTask<object?> VisibleProject(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var projectId = Guid.Parse((string)http.Request.RouteValues["projectId"]!);
        await http.RequestServices.GetRequiredService<ProjectStore>().GetVisibleProjectAsync(projectId, http.ApiKey(), http.RequestAborted);
        return await next(context);
    }
}
