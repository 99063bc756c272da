using System.Runtime.CompilerServices;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Builds the retrieval query from the question and the recent transcript: customers write "does it have parking?"
/// two turns after naming the hotel, so the entity named most recently (the question first, then earlier turns,
/// newest first) scopes the search, and its name words leave the query since every one of its documents has them.
/// </summary>
public sealed class RetrievalPlanner(IOptions<AnsweringOptions> options)
{
    private static readonly ConditionalWeakTable<IReadOnlyList<KnowledgeEntity>, EntityResolver> Resolvers = new();

    /// <summary>The plan for <paramref name="question"/>; the previous customer turn's words join the query only when
    /// <paramref name="dependsOnHistory"/> (the question leans on it, see <see cref="FollowUp"/>).</summary>
    public RetrievalPlan Plan(string question, IReadOnlyList<ConversationTurn> history, IReadOnlyList<KnowledgeEntity> entities, bool useContext,
        bool dependsOnHistory = true)
    {
        var settings = options.Value;
        var resolver = Resolvers.GetValue(entities, list => new EntityResolver(list));
        var (entity, source) = useContext && !resolver.IsEmpty ? Resolve(resolver, question, history, settings) : (null, EntitySource.None);
        var nameWords = entity is null ? new HashSet<string>() : resolver.NameWords(entity);
        var terms = QueryWords.Content(question)
            .Where(w => !nameWords.Contains(w))
            .Select(w => new QueryTerm(w, 1, Prefix: w.Length >= 4))
            .ToList();
        if (useContext && dependsOnHistory && entity is null && settings.HistoryTermBoost > 0
            && history.LastOrDefault(t => t.Role == "customer") is { } previous)
        {
            terms.AddRange(QueryWords.Content(previous.Text).Select(w => new QueryTerm(w, settings.HistoryTermBoost, Prefix: w.Length >= 4)));
        }

        return new RetrievalPlan(terms, entity, source);
    }

    private static (KnowledgeEntity?, EntitySource) Resolve(EntityResolver resolver, string question, IReadOnlyList<ConversationTurn> history,
        AnsweringOptions settings)
    {
        var category = resolver.CategoryIn(question);
        var turns = new List<string> { question };
        turns.AddRange(history.TakeLast(settings.HistoryTurns).Reverse().Select(t => t.Text));
        KnowledgeEntity? fallback = null;
        var fallbackSource = EntitySource.None;
        for (var i = 0; i < turns.Count; i++)
        {
            foreach (var entity in resolver.Mentions(turns[i], settings.EntityMatchCoverage))
            {
                var source = i == 0 ? EntitySource.Question : EntitySource.History;
                // "Does the restaurant serve alcohol?" looks past a hotel named since, to the restaurant.
                if (category is null || string.Equals(entity.Category, category, StringComparison.OrdinalIgnoreCase))
                {
                    return (entity, source);
                }

                if (fallback is null)
                {
                    (fallback, fallbackSource) = (entity, source);
                }
            }
        }

        return (fallback, fallbackSource);
    }
}
