using System.Diagnostics;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering;

/// <summary>
/// The answer pipeline: detect a request for a human → build the query from the conversation → retrieve from this
/// project only → extractive answer → confidence → answer or hand off (with the draft for the agent).
/// </summary>
public sealed class AnswerService(
    IKnowledgeIndex index,
    ProjectStore projects,
    RetrievalPlanner planner,
    ExtractiveAnswerer answerer,
    HumanRequestDetector humanRequests,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger) : IAnswerService
{
    public const string ExtractiveModel = "extractive";
    private const int SnippetChars = 240;

    public async Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var project = await projects.FindProjectAsync(request.ProjectId, cancellationToken)
            ?? throw new NotFoundException($"Project {request.ProjectId} was not found.");
        var wantsHuman = humanRequests.IsHumanRequest(request.Question);

        var entities = await index.ListEntitiesAsync(project.Id, cancellationToken);
        var plan = planner.Plan(request.Question, request.History, request.UseContext ? entities : [], request.UseContext);
        var terms = plan.Terms.Count == 0 && plan.Entity is not null
            ? QueryWords.Content(plan.Entity.Name).Select(w => new QueryTerm(w)).ToList()
            : plan.Terms;
        var hits = await index.SearchAsync(project.Id, new KnowledgeQuery(terms, settings.RetrievedSources, plan.Entity?.Name, request.Question), cancellationToken);
        var scoped = plan.Entity is not null && hits.Count > 0;
        if (hits.Count == 0 && plan.Entity is not null)
        {
            // Nothing about that entity matches: the question may be about something else after all.
            hits = await index.SearchAsync(project.Id, new KnowledgeQuery(terms, settings.RetrievedSources, Text: request.Question), cancellationToken);
        }

        var retrieved = Stopwatch.GetTimestamp();
        var queryWords = terms.Where(t => t.Boost >= 1).Select(t => t.Word).Distinct().ToList();
        var draft = answerer.Answer(queryWords, hits);
        var generated = Stopwatch.GetTimestamp();

        var top = hits.Count > 0 ? hits[0] : null;
        // Knowledge without entities has no entity to name, so there a question is in scope when the best source
        // covers most of it.
        var inScope = scoped || (entities.Count == 0 && (top?.Coverage ?? 0) >= settings.UnscopedCoverage);
        var signals = new AnswerSignals(inScope, scoped && plan.EntitySource == EntitySource.History, top?.Coverage ?? 0, top?.Score ?? 0,
            draft?.SentenceSupport ?? 0, QuestionShape.IsQuestion(request.Question), QuestionShape.IsTransactional(request.Question),
            queryWords.Count);
        var relevant = top is not null && top.Coverage >= settings.MinimumCoverage;
        var confidence = relevant ? ConfidenceScorer.Score(signals) : 0;
        var threshold = project.ConfidenceThreshold ?? settings.ConfidenceThreshold;
        HandoffReason? reason = wantsHuman ? HandoffReason.CustomerRequest
            : !relevant || draft is null ? HandoffReason.MissingKnowledge
            : confidence < threshold ? HandoffReason.LowConfidence
            : null;

        var cited = draft?.Citations.Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal) ?? [];
        var sources = hits.Select((hit, i) => new RetrievedSource(i + 1, hit.ExternalId, hit.Title, hit.Url, hit.ChunkId,
            Math.Round(hit.Score, 6), Snippet(hit.Content), cited.Contains(hit.ExternalId))).ToList();
        var timings = new AnswerTimings(Ms(started, retrieved), Ms(retrieved, generated), Ms(started, Stopwatch.GetTimestamp()));
        var result = new AnswerResult(Guid.CreateVersion7(), reason is null ? AnswerDecision.Answer : AnswerDecision.Handoff, reason,
            reason is null ? draft!.Text : null, reason is null ? null : draft?.Text, confidence,
            draft?.Citations ?? [], sources, timings, ExtractiveModel, new TokenUsage(0, 0), signals);
        AnsweringLog.Answered(logger, project.Id, result.AnswerId, result.Decision, reason, confidence, timings.TotalMs);
        return result;
    }

    private static double Ms(long from, long to) => Math.Round(Stopwatch.GetElapsedTime(from, to).TotalMilliseconds, 3);

    private static string Snippet(string content) =>
        content.Length <= SnippetChars ? content : content[..SnippetChars].TrimEnd() + "…";
}
