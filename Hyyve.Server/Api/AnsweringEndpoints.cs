using Hyyve.Domain.Answering;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class AnsweringEndpoints
{
    /// <summary>The playground: inspect plain retrieval (<c>search</c>) and run the whole pipeline (<c>ask</c>) without Chatwoot.</summary>
    public static RouteGroupBuilder MapAnsweringEndpoints(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{projectId:guid}").RequireAuthorization(ApiPolicies.AnyKey)
            .WithTags("Answering").ProducesKeyProblems().ProducesValidationProblem();

        project.MapGet("/search", async (Guid projectId, string? q, string? k, HttpContext context, ProjectStore projects,
            KnowledgeSearch search, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(await search.SearchAsync(projectId, q, KnowledgeSearch.K.Parse(k), cancellationToken));
        }).WithName("SearchKnowledge").WithIntegerQuery(KnowledgeSearch.K).Produces<IReadOnlyList<SearchResult>>();

        project.MapPost("/ask", async (Guid projectId, AskBody? body, HttpContext context, ProjectStore projects, Playground playground,
            CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(await playground.AskAsync(projectId, body, cancellationToken));
        }).WithName("AskPlayground").Accepts<AskBody>("application/json").Produces<AskResponse>();
        return api;
    }
}
