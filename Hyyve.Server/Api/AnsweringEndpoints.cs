using Hyyve.Domain.Answering;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;

namespace Hyyve.Server.Api;

internal static class AnsweringEndpoints
{
    private const int MaxQuestionChars = 4_000;

    /// <summary>The playground: inspect plain retrieval (<c>search</c>) and run the whole pipeline (<c>ask</c>) without Chatwoot.</summary>
    public static RouteGroupBuilder MapAnsweringEndpoints(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{projectId:guid}").RequireAuthorization(ApiPolicies.AnyKey);

        project.MapGet("/search", async (Guid projectId, string? q, int? k, HttpContext context, ProjectStore projects,
            IKnowledgeIndex index, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            if (string.IsNullOrWhiteSpace(q))
            {
                throw new ValidationFailedException("q", "Pass the text to search for as ?q=.");
            }

            if (k is < 1 or > 50)
            {
                throw new ValidationFailedException("k", "k must be between 1 and 50.");
            }

            var terms = QueryWords.Content(q).Select(w => new QueryTerm(w, 1, Prefix: w.Length >= 4)).ToList();
            var hits = await index.SearchAsync(projectId, new KnowledgeQuery(terms, k ?? 10, Text: q), cancellationToken);
            return Results.Ok(hits.Select(h => new
            {
                h.ExternalId, h.Title, h.Url, h.ChunkId, score = Math.Round(h.Score, 6), h.HeadingPath,
                snippet = h.Content.Length <= 240 ? h.Content : h.Content[..240] + "…",
            }));
        });

        project.MapPost("/ask", async (Guid projectId, AskBody? body, HttpContext context, ProjectStore projects, IAnswerService answers,
            RagMetadataStore metadata, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var request = body.ToRequest(projectId);
            var result = await answers.AnswerAsync(request, cancellationToken);
            await metadata.RecordAsync(request, result, cancellationToken);
            return Results.Ok(new
            {
                result.AnswerId,
                decision = result.Decision == AnswerDecision.Answer ? "answer" : "handoff",
                answer = result.Text,
                result.DraftAnswer,
                result.Confidence,
                reason = result.Reason?.ToSnakeCase(),
                citations = result.Citations.Select(c => new { n = c.N, c.ExternalId, c.Title, c.Url }),
                retrieved = result.Retrieved.Select(s => new { s.ExternalId, s.Score, s.Rank, s.Title, s.ChunkId, s.Cited }),
                timings = result.Timings,
                result.Model,
                result.Signals,
            });
        });
        return api;
    }

    /// <summary>Body of <c>POST /ask</c>; <c>useContext: false</c> ignores the history (the evaluation baseline).</summary>
    internal sealed record AskBody(string? Question, IReadOnlyList<ConversationTurn?>? History, bool? UseContext);

    private static AnswerRequest ToRequest(this AskBody? body, Guid projectId)
    {
        if (string.IsNullOrWhiteSpace(body?.Question))
        {
            throw new ValidationFailedException("question", "question is required.");
        }

        if (body.Question.Length > MaxQuestionChars)
        {
            throw new ValidationFailedException("question", $"question is longer than {MaxQuestionChars} characters.");
        }

        var history = new List<ConversationTurn>();
        for (var i = 0; i < (body.History?.Count ?? 0); i++)
        {
            var turn = body.History![i];
            if (turn is null || (turn.Role != "customer" && turn.Role != "agent"))
            {
                throw new ValidationFailedException($"history[{i}].role", $"history[{i}].role must be customer or agent.");
            }

            history.Add(turn with { Text = turn.Text ?? "" });
        }

        return new AnswerRequest(projectId, body.Question.Trim(), history, AnswerOrigin.Playground, UseContext: body.UseContext ?? true);
    }
}
