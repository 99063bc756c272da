using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering.Curated;

/// <summary>
/// Looked up before retrieval: an approved curated answer of the project whose question is at least
/// <see cref="AnsweringOptions.CuratedSimilarity"/> alike is served as the answer, citing itself as "Curated answer"
/// (source kind <c>curated</c>, external id <c>curated:{id}</c>), with the similarity as its confidence.
/// </summary>
public sealed class CuratedAnswerMatcher(CuratedAnswerStore store, ChunkEmbedder embedder, IOptions<AnsweringOptions> options)
{
    public async Task<AnswerResult?> MatchAsync(Guid projectId, string question, CancellationToken cancellationToken)
    {
        var approved = await store.ApprovedAsync(projectId, cancellationToken);
        if (approved.Count == 0)
        {
            return null;
        }

        var vector = approved.Any(a => a.Embedding is not null) ? await embedder.EmbedQueryAsync(question, cancellationToken) : null;
        var best = approved
            .Select(a => (Answer: a, Similarity: QuestionSimilarity.Of(question, vector, a.Question, a.Embedding)))
            .OrderByDescending(m => m.Similarity).First();
        if (best.Similarity < options.Value.CuratedSimilarity)
        {
            return null;
        }

        var externalId = CuratedAnswerNames.ExternalIdPrefix + best.Answer.Id;
        var confidence = Math.Round(Math.Clamp(best.Similarity, 0, 1), 4);
        var source = new RetrievedSource(1, externalId, CuratedAnswerNames.CitationTitle, null, best.Answer.Id, confidence,
            best.Answer.Answer.Length <= 240 ? best.Answer.Answer : best.Answer.Answer[..240] + "…", Cited: true, Similarity: confidence);
        return new AnswerResult(Guid.CreateVersion7(), AnswerDecision.Answer, null, best.Answer.Answer, null, confidence,
            [new Citation(1, externalId, CuratedAnswerNames.CitationTitle, null)], [source], new AnswerTimings(0, 0, 0),
            CuratedAnswerNames.Model, new TokenUsage(0, 0));
    }
}
