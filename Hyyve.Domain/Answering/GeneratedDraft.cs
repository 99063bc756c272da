using System.Text;
using Hyyve.Domain.Answering.Generation;
using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Turns the optional model's answer into the pipeline's draft: its text with the [n] markers it kept, a source list of the
/// cited sources only (numbered as the model saw them), and what it cost. A model that found the sources do not answer the
/// question yields no draft (the pipeline hands off); a failed call yields null, so the extractive answer stands in.
/// </summary>
public static class GeneratedDraft
{
    /// <summary>Sources shown to the model: the best few, each its best chunk.</summary>
    public const int SourcesShown = 5;

    public static GenerationRequest Request(string question, IReadOnlyList<ConversationTurn> history, IReadOnlyList<KnowledgeHit> hits) =>
        new(question, history, hits.Take(SourcesShown)
            .Select((h, i) => new GenerationSource(i + 1, h.ExternalId, h.Title, h.Url, h.Content)).ToList());

    public static ExtractiveAnswer? ToDraft(GeneratedAnswer generated, IReadOnlyList<KnowledgeHit> hits, ExtractiveAnswer? extractive)
    {
        if (generated.Outcome != GenerationOutcome.Answered || string.IsNullOrWhiteSpace(generated.Text))
        {
            return null;
        }

        var citations = generated.CitedNumbers.Where(n => n >= 1 && n <= Math.Min(SourcesShown, hits.Count))
            .Select(n => new Citation(n, hits[n - 1].ExternalId, hits[n - 1].Title, hits[n - 1].Url)).ToList();
        var text = new StringBuilder(generated.Text.Trim()).Append("\n\nSources:");
        foreach (var citation in citations)
        {
            text.Append($"\n[{citation.N}] {citation.Title}");
            if (citation.Url is not null)
            {
                text.Append($" — {citation.Url}");
            }
        }

        return new ExtractiveAnswer(text.ToString(), citations, extractive?.SentenceSupport ?? 0, extractive?.SentenceSimilarity ?? 0);
    }
}
