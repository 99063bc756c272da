using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Finds which of a project's entities (a hotel, a product, a plan) a conversation is about. A turn names an
/// entity when it contains enough of the entity name's distinctive words, weighted by how rare each word is
/// among all entity names ("Hobsons" decides, "House" barely counts). The newest turn that names one wins.
/// </summary>
public sealed class EntityResolver
{
    private readonly IReadOnlyList<Entry> _entries;
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _categories;

    public EntityResolver(IReadOnlyList<KnowledgeEntity> entities)
    {
        var words = entities.Select(e => QueryWords.Content(e.Name).Distinct().ToArray()).ToList();
        var frequency = words.SelectMany(w => w).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        _entries = entities.Select((entity, i) =>
        {
            var weights = words[i].ToDictionary(w => w, w => Math.Log(1 + (double)entities.Count / frequency[w]));
            return new Entry(entity, weights, weights.Values.Sum(), string.Join(' ', QueryWords.Split(entity.Name)));
        }).ToList();
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var word in _entries[i].Weights.Keys)
            {
                (_byWord.TryGetValue(word, out var list) ? list : _byWord[word] = []).Add(i);
            }
        }

        _categories = entities.Where(e => e.Category is not null).Select(e => e.Category!.ToLowerInvariant()).ToHashSet();
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The entity whose name's words these are, so they can be left out of the search terms.</summary>
    public IReadOnlySet<string> NameWords(KnowledgeEntity entity) =>
        _entries.First(e => e.Entity == entity).Weights.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Entities a text names, best match first.</summary>
    public IReadOnlyList<(KnowledgeEntity Entity, double Coverage, int Position)> Mentions(string text, double minimumCoverage)
    {
        var words = QueryWords.Split(text);
        var joined = $" {string.Join(' ', words)} ";
        var matched = new Dictionary<int, (double Mass, int Position)>();
        for (var position = 0; position < words.Count; position++)
        {
            if (!_byWord.TryGetValue(words[position], out var owners))
            {
                continue;
            }

            foreach (var i in owners)
            {
                var (mass, _) = matched.GetValueOrDefault(i);
                // Count each name word once, however often it is repeated.
                var first = words.IndexOf(words[position]) == position;
                matched[i] = (mass + (first ? _entries[i].Weights[words[position]] : 0), position);
            }
        }

        return matched
            .Select(m => (Entry: _entries[m.Key], Coverage: Coverage(_entries[m.Key], m.Value.Mass, joined), m.Value.Position))
            .Where(m => m.Coverage >= minimumCoverage)
            .OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Position)
            .Select(m => (m.Entry.Entity, m.Coverage, m.Position))
            .ToList();
    }

    /// <summary>A category named by the question ("restaurant", "hotels"), used to prefer entities of that kind.</summary>
    public string? CategoryIn(string text) =>
        QueryWords.Split(text).Select(w => w.TrimEnd('s')).FirstOrDefault(w => _categories.Contains(w) || _categories.Contains(w + "s"))
            is { } word ? _categories.FirstOrDefault(c => c == word || c == word + "s") : null;

    private static double Coverage(Entry entry, double mass, string joinedText) =>
        entry.Phrase.Length > 0 && joinedText.Contains($" {entry.Phrase} ", StringComparison.Ordinal) ? 1.0
        : entry.Mass > 0 ? mass / entry.Mass : 0;

    private sealed record Entry(KnowledgeEntity Entity, Dictionary<string, double> Weights, double Mass, string Phrase);
}
