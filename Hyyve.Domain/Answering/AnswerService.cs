using System.Diagnostics;
using Hyyve.Domain.Answering.Curated;
using Hyyve.Domain.Answering.Generation;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering;

/// <summary>
/// The answer pipeline: a request for a human hands off at once (its words are never searched); small talk gets a short
/// reply; otherwise the query is built from the question (and from the turn before only when the question leans on it) →
/// retrieve from this project only → extractive answer → confidence → answer or hand off (with the draft for the agent).
/// </summary>
public sealed class AnswerService(
    IKnowledgeIndex index,
    ProjectStore projects,
    RetrievalPlanner planner,
    ExtractiveAnswerer answerer,
    HumanRequestDetector humanRequests,
    ChunkEmbedder embedder,
    SentenceVectors sentenceVectors,
    DocumentChunks documentChunks,
    NovelWords novelWords,
    OwnNames ownNames,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger,
    CuratedAnswerMatcher curated,
    IAnswerGenerator? generator = null) : IAnswerService
{
    public const string ExtractiveModel = "extractive";
    public const string SmallTalkModel = "smalltalk";
    private const int SnippetChars = 240;

    public async Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var project = await projects.FindProjectAsync(request.ProjectId, cancellationToken)
            ?? throw new NotFoundException($"Project {request.ProjectId} was not found.");
        if (humanRequests.IsHumanRequest(request.Question))
        {
            return Finish(Verdict(AnswerDecision.Handoff, HandoffReason.CustomerRequest, null, [], 0, [], null, started, started, null), project.Id);
        }

        if (SmallTalk.Classify(request.Question) is not SmallTalkKind.None and var kind)
        {
            var reply = kind switch
            {
                SmallTalkKind.Thanks => settings.ThanksReply, SmallTalkKind.Goodbye => settings.GoodbyeReply,
                SmallTalkKind.Acknowledgement => settings.AcknowledgementReply, _ => settings.GreetingReply,
            };
            return Finish(Verdict(AnswerDecision.SmallTalk, null, reply, [], 1, [], null, started, started, null) with { Model = SmallTalkModel }, project.Id);
        }

        var question = SmallTalk.WithoutGreeting(request.Question);
        if (await curated.MatchAsync(project.Id, question, cancellationToken) is { } approved)
        {
            return Finish(approved with { Timings = Verdict(AnswerDecision.Answer, null, null, [], 0, [], null, started, started, null).Timings }, project.Id);
        }

        var previous = request.UseContext ? request.History.LastOrDefault(t => t.Role == "customer")?.Text : null;
        var followUp = previous is not null && FollowUp.DependsOnHistory(question);
        var searchText = followUp ? $"{previous} {question}" : question;

        var entities = await index.ListEntitiesAsync(project.Id, cancellationToken);
        var plan = planner.Plan(question, request.History, request.UseContext ? entities : [], request.UseContext, followUp);
        var terms = plan.Terms.Count == 0 && plan.Entity is not null
            ? QueryWords.Content(plan.Entity.Name).Select(w => new QueryTerm(w)).ToList()
            : plan.Terms;
        // Without entities to tell apart, the product's own name only pulls the vector towards titles that say it.
        var own = entities.Count == 0 ? await ownNames.OfAsync(project.Id, cancellationToken) : new HashSet<string>();
        var vector = await embedder.EmbedQueryAsync(OwnNames.Without(searchText, own), cancellationToken);
        var query = new KnowledgeQuery(terms, settings.RetrievedSources, plan.Entity?.Name, searchText, vector);
        var hits = await index.SearchAsync(project.Id, query, cancellationToken);
        var scoped = plan.Entity is not null && hits.Count > 0;
        if (hits.Count == 0 && plan.Entity is not null)
        {
            // Nothing about that entity matches: the question may be about something else after all.
            hits = await index.SearchAsync(project.Id, query with { Entity = null }, cancellationToken);
        }

        var retrieved = Stopwatch.GetTimestamp();
        var queryWords = terms.Where(t => t.Boost >= 1).Select(t => t.Word).Distinct().ToList();
        var top = hits.Count > 0 ? hits[0] : null;
        var unitQuery = vector is null ? null : VectorIndex.Normalize(vector);
        var whole = top is null ? null : await documentChunks.OfAsync(project.Id, top, cancellationToken);
        var (similarities, headed, sections) = await sentenceVectors.OfAsync(project.Id, unitQuery, whole ?? [], cancellationToken);
        // A follow-up asks for more than the reply it follows: that reply's sentences are not its answer.
        var said = followUp ? request.History.LastOrDefault(t => t.Role == "agent")?.Text : null;
        var draft = answerer.Answer(queryWords, hits, similarities, whole, headed, AnswerKinds.Expected(question), sections, said);
        var novel = await novelWords.AssessAsync(project.Id, question, followUp ? previous : null, top, cancellationToken);
        var (model, tokens, notAnswerable) = (ExtractiveModel, new TokenUsage(0, 0), false);
        if (generator is not null && hits.Count > 0)
        {
            var generatedAnswer = await generator.GenerateAsync(GeneratedDraft.Request(question, request.History, hits), cancellationToken);
            if (generatedAnswer.Outcome != GenerationOutcome.Failed)
            {
                // The model read the sources: its answer (or its verdict that they do not answer) replaces the extractive one.
                notAnswerable = generatedAnswer.Outcome == GenerationOutcome.NotAnswerable;
                draft = GeneratedDraft.ToDraft(generatedAnswer, hits, draft) ?? draft;
                (model, tokens) = (generatedAnswer.Model, new TokenUsage(generatedAnswer.PromptTokens, generatedAnswer.CompletionTokens));
            }
        }

        var generated = Stopwatch.GetTimestamp();

        var hasVectors = hits.Any(h => h.Similarity != 0);
        // Knowledge without entities has no entity to name, so there a question is in scope when the best source
        // covers most of it.
        var inScope = scoped || (entities.Count == 0 && (hasVectors || (top?.Coverage ?? 0) >= settings.UnscopedCoverage));
        var signals = new AnswerSignals(inScope, scoped && plan.EntitySource == EntitySource.History, top?.Coverage ?? 0, top?.Score ?? 0,
            draft?.SentenceSupport ?? 0, QuestionShape.IsQuestion(question), QuestionShape.IsTransactional(question), queryWords.Count,
            hasVectors, top?.Similarity ?? 0, Margin(hits), top is { LexicalRank: 0, SemanticRank: 0 }, draft?.SentenceSimilarity ?? 0, followUp, novel.Support,
            novel.OtherSubject && !scoped, entities.Count > 0);
        var relevant = top is not null && (hasVectors ? top.Similarity >= settings.RelevantSimilarity || top.Coverage >= settings.UnscopedCoverage
            : top.Coverage >= settings.MinimumCoverage);
        var weights = signals.EntityKnowledge ? settings.EntityConfidence : settings.Confidence;
        var confidence = top is null || draft is null ? 0 : ConfidenceScorer.Score(signals, weights);
        var threshold = project.ConfidenceThreshold ?? settings.ConfidenceThreshold;
        HandoffReason? reason = confidence >= threshold && draft is not null && !notAnswerable ? null
            : !relevant || draft is null || notAnswerable || confidence < settings.MissingKnowledgeBelow ? HandoffReason.MissingKnowledge
            : HandoffReason.LowConfidence;

        var cited = draft?.Citations.Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal) ?? [];
        var sources = hits.Select((hit, i) => new RetrievedSource(i + 1, hit.ExternalId, hit.Title, hit.Url, hit.ChunkId,
            Math.Round(hasVectors ? hit.Fused : hit.Score, 6), Snippet(hit.Content), cited.Contains(hit.ExternalId),
            Math.Round(hit.Similarity, 4), Math.Round(hit.Coverage, 4), hit.LexicalRank, hit.SemanticRank)).ToList();
        var decision = reason is null ? AnswerDecision.Answer : AnswerDecision.Handoff;
        var verdict = Verdict(decision, reason, draft?.Text, draft?.Citations ?? [], confidence, sources, signals, started, retrieved, generated);
        return Finish(verdict with { Model = model, Tokens = tokens, Query = searchText }, project.Id);
    }

    /// <summary>How far the best document's cosine stands above the next document's.</summary>
    private static double Margin(IReadOnlyList<KnowledgeHit> hits) =>
        hits.Count switch
        {
            0 => 0,
            1 => hits[0].Similarity,
            _ => hits[0].Similarity - hits.Skip(1).Max(h => h.Similarity),
        };

    private static AnswerResult Verdict(AnswerDecision decision, HandoffReason? reason, string? text, IReadOnlyList<Citation>? citations,
        double confidence, IReadOnlyList<RetrievedSource> sources, AnswerSignals? signals, long started, long retrieved, long? generated)
    {
        var end = Stopwatch.GetTimestamp();
        var timings = new AnswerTimings(Ms(started, retrieved), Ms(retrieved, generated ?? retrieved), Ms(started, end));
        var answered = decision != AnswerDecision.Handoff;
        return new AnswerResult(Guid.CreateVersion7(), decision, reason, answered ? text : null, answered ? null : text, confidence,
            citations ?? [], sources, timings, ExtractiveModel, new TokenUsage(0, 0), signals);
    }

    private AnswerResult Finish(AnswerResult result, Guid projectId)
    {
        AnsweringLog.Answered(logger, projectId, result.AnswerId, result.Decision, result.Reason, result.Confidence, result.Timings.TotalMs);
        return result;
    }

    private static double Ms(long from, long to) => Math.Round(Stopwatch.GetElapsedTime(from, to).TotalMilliseconds, 3);

    private static string Snippet(string content) =>
        content.Length <= SnippetChars ? content : content[..SnippetChars].TrimEnd() + "…";
}
