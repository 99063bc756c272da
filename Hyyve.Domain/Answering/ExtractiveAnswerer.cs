using System.Text;
using System.Text.RegularExpressions;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering;

/// <summary>
/// The offline answerer: answers from the best source alone (never mixing in sentences of other articles) with the
/// sentence that answers the question, scored by its meaning (cosine to the question, when vectors are on) and the
/// question words it shares. A sentence whose pronoun needs the sentence before it ("Reset your password to unlock
/// it.") brings that sentence along, and a second sentence joins only when it scores almost as well, so answers stay short.
/// </summary>
public sealed partial class ExtractiveAnswerer(IOptions<AnsweringOptions> options)
{
    private const int MaxSentenceChars = 400;
    private const double LexicalWeight = 0.25;
    private const double SecondSentenceMargin = 0.03;
    private const double KindBonus = 0.08;

    /// <summary>How much the cosine of a sentence's section (its chunk) counts next to the sentence's own; chosen from 0 to 2 on the
    /// help center dev set (1.5 and 2 alike best there; no verdict of the test set moved at any value).</summary>
    private const double SectionWeight = 1.5;

    /// <summary>The sentences of a source's chunk, in order, as the answerer reads them (list items and lines count as sentences).</summary>
    public static IReadOnlyList<string> SentencesOf(KnowledgeHit hit) => SentencesOf([hit]);

    /// <summary>The sentences of several chunks of one source, in order.</summary>
    public static IReadOnlyList<string> SentencesOf(IReadOnlyList<KnowledgeHit> chunks) => SourceSentencesOf(chunks).Select(s => s.Text).ToList();

    /// <summary>The sentences of several chunks of one source, in order, each with the heading of its section.</summary>
    public static IReadOnlyList<SourceSentence> SourceSentencesOf(IReadOnlyList<KnowledgeHit> chunks) =>
        chunks.SelectMany(c => SourceSentence.Of(c.HeadingPath, c.Content)).ToList();

    /// <summary>The answer from <paramref name="hits"/>[0], given the question's content words and, with vectors, the cosine of each of
    /// the sentences of <paramref name="topDocumentChunks"/> (or of hits[0]) to the question (<paramref name="similarities"/>), of
    /// each sentence read under its heading (<paramref name="headedSimilarities"/>, which helps choose but is not reported) and of
    /// the section it is in (<paramref name="sectionSimilarities"/>: the closest section holds the answer more often than not).
    /// A sentence of the kind the question asks for (<paramref name="expected"/>: steps, a place, a duration…) is preferred, and
    /// one the conversation was just told (<paramref name="alreadySaid"/>, the reply a follow-up follows) is not repeated.</summary>
    public ExtractiveAnswer? Answer(IReadOnlyList<string> queryWords, IReadOnlyList<KnowledgeHit> hits, IReadOnlyList<double>? similarities = null,
        IReadOnlyList<KnowledgeHit>? topDocumentChunks = null, IReadOnlyList<double>? headedSimilarities = null, AnswerKind expected = AnswerKind.Any,
        IReadOnlyList<double>? sectionSimilarities = null, string? alreadySaid = null)
    {
        if (hits.Count == 0)
        {
            return null;
        }

        var top = hits[0];
        var sentences = SourceSentencesOf(topDocumentChunks ?? [top]);
        if (sentences.Count == 0)
        {
            return null;
        }

        var scored = sentences.Select((sentence, i) =>
            {
                // The heading's words count too: "Set up 2FA" says what the sentence under it is for.
                var lexical = queryWords.Count == 0 ? 0 : Overlap(sentence.Headed, queryWords) / queryWords.Count;
                var semantic = similarities is { } s && i < s.Count ? s[i] : 0;
                var choosing = headedSimilarities is { } h && i < h.Count ? (semantic + h[i]) / 2 : semantic;
                var fits = AnswerKinds.Fits(expected, sentence.Text);
                var section = sectionSimilarities is { } c && i < c.Count ? SectionWeight * c[i] : 0;
                return (Index: i, Fits: fits, Lexical: lexical, Semantic: semantic,
                    Score: choosing + LexicalWeight * lexical + (fits ? KindBonus : 0) + section - 0.005 * i);
            })
            .ToList();

        if (alreadySaid is not null)
        {
            var said = Comparable(alreadySaid);
            var unsaid = scored.Where(s => !said.Contains(Comparable(sentences[s.Index].Text), StringComparison.Ordinal)).ToList();
            scored = unsaid.Count > 0 ? unsaid : scored;
        }

        // A question that asks for a place, a duration, an amount or names is answered by a sentence that gives one whenever
        // the source has one ("where is it stored" by "hosted in the United States", not by the closer encryption sentence).
        // Steps stay a preference: a how-to is sometimes answered by a fact ("Guests are free").
        if (expected is not (AnswerKind.Any or AnswerKind.Steps) && scored.Any(s => s.Fits))
        {
            scored = scored.Where(s => s.Fits).ToList();
        }

        var best = scored.MaxBy(s => s.Score);
        var chosen = new SortedSet<int> { best.Index };
        // The referent is in the sentence before only within one section: a new section starts a new subject.
        if (best.Index > 0 && NeedsReferent(sentences[best.Index].Text) && sentences[best.Index - 1].Heading == sentences[best.Index].Heading)
        {
            chosen.Add(best.Index - 1);
        }

        // A second sentence only from the same section, and one that leans on the sentence before only right after it.
        foreach (var next in scored.Where(s => s.Index != best.Index && s.Score >= best.Score - SecondSentenceMargin
                     && sentences[s.Index].Heading == sentences[best.Index].Heading
                     && (!NeedsReferent(sentences[s.Index].Text) || chosen.Contains(s.Index - 1)))
                     .OrderByDescending(s => s.Score))
        {
            if (chosen.Count >= options.Value.MaxAnswerSentences)
            {
                break;
            }

            chosen.Add(next.Index);
        }

        var citation = new Citation(1, top.ExternalId, top.Title, top.Url);
        var text = new StringBuilder(string.Join(" ", chosen.Select(i => Trim(sentences[i].Text)))).Append(" [1]");
        text.Append("\n\nSources:\n[1] ").Append(citation.Title);
        if (citation.Url is not null)
        {
            text.Append(" — ").Append(citation.Url);
        }

        return new ExtractiveAnswer(text.ToString(), [citation], Math.Min(1, best.Lexical), best.Semantic);
    }

    /// <summary>How many query words a sentence contains, matching on a shared stem-like prefix.</summary>
    internal static double Overlap(string sentence, IReadOnlyList<string> queryWords)
    {
        var words = QueryWords.Content(sentence).ToList();
        return queryWords.Count(q => words.Any(w => SharePrefix(w, q)));
    }

    /// <summary>A pronoun needs the sentence before unless it is plural and a plural noun comes before it in the same sentence:
    /// "Invites expire after 7 days; resend them from the same page" says itself what "them" is.</summary>
    private static bool NeedsReferent(string sentence)
    {
        var pronoun = Referent().Match(sentence);
        return pronoun.Success && !(PluralPronoun().IsMatch(pronoun.Value) && PluralNoun().IsMatch(sentence[..pronoun.Index]));
    }

    /// <summary>A sentence as quoted in a reply, whatever its markup: its words, one space between them.</summary>
    private static string Comparable(string text) => string.Join(' ', QueryWords.Split(text));

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

    [GeneratedRegex(@"^(?:them|they|their|these|those)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPronoun();

    /// <summary>A word that looks like a plural noun ("invites", "projects"), not "is", "was", "has", "this", "its".</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}[^isu\W]s\b")]
    private static partial Regex PluralNoun();

    /// <summary>Words whose referent is in an earlier sentence.</summary>
    [GeneratedRegex(@"\b(?:it|its|them|they|their|these|those|this|such(?!\s+as))\b|^(?:then|also|otherwise|instead|there)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Referent();
}
