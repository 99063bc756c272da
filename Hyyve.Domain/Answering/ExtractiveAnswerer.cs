using System.Text;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering;

/// <summary>
/// The offline answerer: takes the sentences of the top sources that share the most query words (the best
/// source always contributes its best sentence), marks each with its source number and lists the sources.
/// Only retrieved sources can be cited, because only their sentences can be chosen.
/// </summary>
public sealed class ExtractiveAnswerer(IOptions<AnsweringOptions> options)
{
    private const int SourcesRead = 3;
    private const int MaxSentenceChars = 400;

    public ExtractiveAnswer? Answer(IReadOnlyList<string> queryWords, IReadOnlyList<KnowledgeHit> hits)
    {
        if (hits.Count == 0)
        {
            return null;
        }

        var candidates = hits.Take(SourcesRead)
            .SelectMany((hit, rank) => Knowledge.Sentences.Split(hit.Content)
                .Select((sentence, order) => (Hit: hit, Rank: rank, Order: order, Sentence: Trim(sentence),
                    Score: Overlap(sentence, queryWords) + (rank == 0 ? 0.5 : 0) - order * 0.01)))
            .ToList();
        var best = candidates.Where(c => c.Rank == 0).MaxBy(c => c.Score);
        var chosen = new List<(KnowledgeHit Hit, int Rank, int Order, string Sentence, double Score)> { best };
        chosen.AddRange(candidates
            .Where(c => c != best && c.Score >= 1 && c.Score >= best.Score * 0.6)
            .OrderByDescending(c => c.Score)
            .Take(options.Value.MaxAnswerSentences - 1));
        // Read in source order, so each source's sentences stay together.
        chosen = chosen.OrderBy(c => c.Rank).ThenBy(c => c.Order).ToList();

        var citations = new List<Citation>();
        var text = new StringBuilder();
        foreach (var sentence in chosen)
        {
            var citation = citations.FirstOrDefault(c => c.ExternalId == sentence.Hit.ExternalId);
            if (citation is null)
            {
                citation = new Citation(citations.Count + 1, sentence.Hit.ExternalId, sentence.Hit.Title, sentence.Hit.Url);
                citations.Add(citation);
            }

            text.Append(text.Length > 0 ? " " : "").Append(sentence.Sentence).Append($" [{citation.N}]");
        }

        text.Append("\n\nSources:");
        foreach (var citation in citations)
        {
            text.Append($"\n[{citation.N}] {citation.Title}");
            if (citation.Url is not null)
            {
                text.Append($" — {citation.Url}");
            }
        }

        var support = queryWords.Count == 0 ? 0 : Overlap(best.Sentence, queryWords) / queryWords.Count;
        return new ExtractiveAnswer(text.ToString(), citations, Math.Min(1, support));
    }

    /// <summary>How many query words a sentence contains, matching on a shared stem-like prefix.</summary>
    internal static double Overlap(string sentence, IReadOnlyList<string> queryWords)
    {
        var words = QueryWords.Content(sentence).ToList();
        return queryWords.Count(q => words.Any(w => SharePrefix(w, q)));
    }

    private static bool SharePrefix(string word, string query)
    {
        var length = Math.Min(5, Math.Min(word.Length, query.Length));
        return length >= 3 ? string.CompareOrdinal(word, 0, query, 0, length) == 0 && Math.Abs(word.Length - query.Length) <= 4 : word == query;
    }

    private static string Trim(string sentence)
    {
        if (sentence.Length <= MaxSentenceChars)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxSentenceChars);
        return sentence[..(cut > MaxSentenceChars / 2 ? cut : MaxSentenceChars)] + " …";
    }
}
