using Hyyve.Domain.Answering.Curated;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class CuratedAnswerEndpoints
{
    /// <summary>Feedback on answers, curated answers (pending → approved → retired) and the knowledge gaps.</summary>
    public static RouteGroupBuilder MapCuratedAnswerEndpoints(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{projectId:guid}").RequireAuthorization(ApiPolicies.AnyKey)
            .WithTags("Console").ProducesKeyProblems().ProducesValidationProblem().AddEndpointFilter(ConsoleEndpoints.VisibleProject);

        project.MapPost("/answers/{answerId:guid}/feedback", (Guid projectId, Guid answerId, FeedbackBody? body, AnswerFeedback feedback,
            CancellationToken cancellationToken) => feedback.RateAsync(projectId, answerId, body, cancellationToken))
            .WithName("RateAnswer").Accepts<FeedbackBody>("application/json").Produces<FeedbackRecorded>();

        project.MapGet("/curated-answers", (Guid projectId, string? status, CuratedAnswerStore store, CancellationToken cancellationToken) =>
            store.ListAsync(projectId, status, cancellationToken))
            .WithName("ListCuratedAnswers").Produces<CuratedAnswerList>();

        project.MapPost("/curated-answers", async (Guid projectId, NewCuratedAnswer? body, CuratedAnswerStore store,
            CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await store.CreateAsync(projectId, body, null, cancellationToken)))
            .WithName("CreateCuratedAnswer").Accepts<NewCuratedAnswer>("application/json").Produces<CuratedAnswer>(StatusCodes.Status201Created);

        project.MapPatch("/curated-answers/{curatedId:guid}", (Guid projectId, Guid curatedId, CuratedAnswerChange? body,
            CuratedAnswerStore store, CancellationToken cancellationToken) => store.UpdateAsync(projectId, curatedId, body, cancellationToken))
            .WithName("UpdateCuratedAnswer").Accepts<CuratedAnswerChange>("application/json").Produces<CuratedAnswer>();

        project.MapGet("/gaps", (Guid projectId, KnowledgeGaps gaps, CancellationToken cancellationToken) => gaps.ListAsync(projectId, cancellationToken))
            .WithName("ListKnowledgeGaps").Produces<GapList>();
        return api;
    }
}
