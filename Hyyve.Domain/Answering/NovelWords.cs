using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Words of the question that the project's knowledge never uses, that are no typo of a word it does and no
/// abbreviation of a phrase of the best source ("outlook", "jira", "hipaa"; but also "coworkers"; not "amex" next to
/// "American Express"). Such a word is the question's subject more often than not, so the evidence is how close in
/// meaning it alone is to the best source ("coworkers" to an article on inviting teammates; "outlook" is not close to a
/// Google Calendar article), and whether the best source is about something else the question does not name
/// (<see cref="SourceNames"/>) while sharing no phrase with it.
/// </summary>
public sealed class NovelWords(
    TermStatistics statistics, TypoCorrections typos, OwnNames ownNames, ChunkEmbedder embedder, VectorIndex vectors)
{
    private const int MaxWords = 3;
    private const int MaxAbbreviation = 6;

    /// <summary>The evidence for <paramref name="question"/> against its best source; <paramref name="previous"/> is the customer's turn
    /// a follow-up leans on, whose names the follow-up shares.</summary>
    public async Task<NovelWordEvidence> AssessAsync(Guid projectId, string question, string? previous, KnowledgeHit? top,
        CancellationToken cancellationToken)
    {
        var words = QueryWords.Content(question).ToList();
        if (top is null || words.Count == 0)
        {
            return NovelWordEvidence.None;
        }

        var sourceWords = QueryWords.Split($"{top.Title} {top.Content}");
        var candidates = words.Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct().ToList();
        var questionWords = QueryWords.Split(question);
        var shortForms = questionWords.Where(w => w.Length is >= 2 and <= MaxAbbreviation && !QueryWords.IsStopWord(w)).ToList();
        var (_, frequencies) = await statistics.GetAsync(projectId, [.. candidates, .. shortForms], cancellationToken);
        var novel = new List<string>();
        foreach (var word in candidates.Where(w => frequencies[w] is 0))
        {
            var abbreviation = word.Length <= MaxAbbreviation && Abbreviations.Abbreviates(word, sourceWords);
            if (!abbreviation && (await typos.CorrectAsync(projectId, word, cancellationToken)).Count == 0)
            {
                novel.Add(word);
            }
        }

        if (novel.Count == 0)
        {
            return NovelWordEvidence.None;
        }

        // A short form of one of the source's phrases ("pr" for "pull request") names what the source is about.
        var abbreviates = shortForms.Any(w => frequencies[w] is 0 or null && Abbreviations.Abbreviates(w, sourceWords));
        var own = await ownNames.OfAsync(projectId, cancellationToken);
        var names = SourceNames.InTitle(top.Title, own.Contains);
        var otherSubject = !abbreviates && !SharesPhrase(words, sourceWords) && !SourceNames.Mentioned(names, questionWords, novel,
            previous is null ? null : QueryWords.Split(previous));
        return new NovelWordEvidence(await SupportAsync(projectId, novel, top, cancellationToken), otherSubject);
    }

    /// <summary>Two content words in a row that the source also has in a row ("commit message") show that the question is
    /// about that source, whatever else it names.</summary>
    private static bool SharesPhrase(List<string> questionContent, List<string> sourceWords)
    {
        var source = sourceWords.Where(w => !QueryWords.IsStopWord(w)).ToList();
        var pairs = source.Zip(source.Skip(1), (a, b) => $"{a} {b}").ToHashSet(StringComparer.Ordinal);
        return questionContent.Zip(questionContent.Skip(1), (a, b) => $"{a} {b}").Any(pairs.Contains);
    }

    private async Task<double> SupportAsync(Guid projectId, List<string> novel, KnowledgeHit top, CancellationToken cancellationToken)
    {
        var chunk = embedder.IsEnabled ? await vectors.VectorOfAsync(projectId, top.ChunkId, cancellationToken) : null;
        if (chunk is null)
        {
            return 1;
        }

        // One call for all the words: with two models each call costs two passes.
        var wordVectors = await embedder.EmbedQueriesAsync([.. novel.Take(MaxWords)], cancellationToken) ?? [];
        var support = wordVectors.Select(v => (double)VectorIndex.Dot(VectorIndex.Normalize(v), chunk)).Append(1.0).Min();
        return Math.Round(support, 4);
    }
}

/// <summary>What the question's new words say: how close in meaning they are to the best source (1 when there are none
/// or no vectors), and whether that source names something else, which the question does not mention.</summary>
public sealed record NovelWordEvidence(double Support, bool OtherSubject)
{
    public static readonly NovelWordEvidence None = new(1, false);
}
