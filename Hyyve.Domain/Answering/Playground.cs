using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Answering;

/// <summary>
/// <c>POST /api/projects/{id}/ask</c>: the whole answer pipeline without Chatwoot, recorded like any answer
/// (origin <c>playground</c>). Validates the body and names the field to fix.
/// </summary>
public sealed class Playground(IAnswerService answers, RagMetadataStore metadata)
{
    public const int MaxQuestionChars = 4_000;

    public async Task<AskResponse> AskAsync(Guid projectId, AskBody? body, CancellationToken cancellationToken)
    {
        var request = ToRequest(projectId, body);
        var result = await answers.AnswerAsync(request, cancellationToken);
        await metadata.RecordAsync(request, result, cancellationToken);
        return AskResponse.From(result);
    }

    private static AnswerRequest ToRequest(Guid projectId, AskBody? body)
    {
        body = RequestProblems.RequireBody(body);
        if (string.IsNullOrWhiteSpace(body.Question))
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

/// <summary>Body of <c>POST /ask</c>; <c>useContext: false</c> ignores the history (the evaluation baseline).</summary>
public sealed record AskBody(string? Question, IReadOnlyList<ConversationTurn?>? History, bool? UseContext);

/// <summary>The playground's answer: decision, text, confidence, reason, numbered citations, what was retrieved, timings.</summary>
public sealed record AskResponse(
    Guid AnswerId,
    string Decision,
    string? Answer,
    string? DraftAnswer,
    double Confidence,
    string? Reason,
    IReadOnlyList<AskCitation> Citations,
    IReadOnlyList<AskRetrieved> Retrieved,
    AnswerTimings Timings,
    string Model,
    AnswerSignals? Signals)
{
    public static AskResponse From(AnswerResult result) => new(
        result.AnswerId,
        result.Decision.ToWire(),
        result.Text,
        result.DraftAnswer,
        result.Confidence,
        result.Reason?.ToSnakeCase(),
        result.Citations.Select(c => new AskCitation(c.N, c.ExternalId, c.Title, c.Url)).ToList(),
        result.Retrieved.Select(s => new AskRetrieved(s.ExternalId, s.Score, s.Rank, s.Title, s.ChunkId, s.Cited,
            s.Similarity, s.Coverage, s.LexicalRank, s.SemanticRank)).ToList(),
        result.Timings,
        result.Model,
        result.Signals);
}

public sealed record AskCitation(int N, string ExternalId, string Title, string? Url);

public sealed record AskRetrieved(string ExternalId, double Score, int Rank, string Title, Guid ChunkId, bool Cited,
    double Similarity, double Coverage, int? LexicalRank, int? SemanticRank);
