using System.Collections.Concurrent;
using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Finds which of a project's entities (a hotel, a product, a plan) a turn names. A turn names an entity when it
/// contains enough of the entity name's words, weighted by how rare each word is among all entity names
/// ("Hobsons" decides, "House" barely counts), including at least one word that few names share. Names match
/// across spacing ("guesthouse" / "guest house") and with one typo in longer words ("Ayelsbray").
/// </summary>
public sealed class EntityResolver
{
    private const int DistinctiveNames = 2;
    private const int MinTypoLength = 7;

    private readonly List<Entry> _entries;
    private readonly Dictionary<string, List<(int Entry, string[] Words)>> _index = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _typos = new(StringComparer.Ordinal);
    private readonly HashSet<string> _categories;

    public EntityResolver(IReadOnlyList<KnowledgeEntity> entities)
    {
        var names = entities.Select(e => QueryWords.Split(e.Name).Where(w => !QueryWords.IsStopWord(w)).ToList()).ToList();
        var frequency = names.SelectMany(n => n.Distinct()).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        _entries = entities.Select((entity, i) =>
        {
            var weights = names[i].Distinct().ToDictionary(w => w, w => Math.Log(1 + (double)entities.Count / frequency[w]));
            var distinctive = weights.Keys.Where(w => frequency[w] <= DistinctiveNames).ToHashSet();
            return new Entry(entity, weights, weights.Values.Sum(), distinctive);
        }).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var word in names[i])
            {
                Add(word, i, [word]);
            }

            // "Guest House" is also written "guesthouse".
            for (var j = 0; j + 1 < names[i].Count; j++)
            {
                Add(names[i][j] + names[i][j + 1], i, [names[i][j], names[i][j + 1]]);
            }
        }

        _categories = entities.Where(e => e.Category is not null).Select(e => e.Category!.ToLowerInvariant()).ToHashSet();
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The words of an entity's name, to leave out of the search terms once the search is scoped to it.</summary>
    public IReadOnlySet<string> NameWords(KnowledgeEntity entity) =>
        _entries.First(e => e.Entity == entity).Weights.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Entities a text names, best match first (more of the name, then a longer name, then mentioned later).</summary>
    public IReadOnlyList<KnowledgeEntity> Mentions(string text, double minimumCoverage)
    {
        var words = QueryWords.Split(text);
        var matched = new Dictionary<int, (HashSet<string> Words, int Position)>();
        for (var position = 0; position < words.Count; position++)
        {
            var candidates = new List<string> { words[position] };
            if (position + 1 < words.Count)
            {
                candidates.Add(words[position] + words[position + 1]);
            }

            foreach (var candidate in candidates)
            {
                foreach (var (entry, nameWords) in Lookup(candidate))
                {
                    var found = matched.TryGetValue(entry, out var m) ? m.Words : [];
                    found.UnionWith(nameWords);
                    matched[entry] = (found, position);
                }
            }
        }

        return matched
            .Select(m => (Entry: _entries[m.Key], Mass: m.Value.Words.Sum(w => _entries[m.Key].Weights[w]), m.Value.Words, m.Value.Position))
            .Where(m => m.Words.Overlaps(m.Entry.Distinctive) && m.Mass / m.Entry.Mass >= minimumCoverage)
            .OrderByDescending(m => Math.Round(m.Mass / m.Entry.Mass, 3)).ThenByDescending(m => m.Mass).ThenByDescending(m => m.Position)
            .Select(m => m.Entry.Entity)
            .ToList();
    }

    /// <summary>A category named by the question ("restaurant", "hotels"), used to prefer entities of that kind.</summary>
    public string? CategoryIn(string text) =>
        QueryWords.Split(text).Select(w => _categories.Contains(w) ? w : _categories.Contains(w.TrimEnd('s')) ? w.TrimEnd('s') : null)
            .FirstOrDefault(c => c is not null);

    private List<(int Entry, string[] Words)> Lookup(string word)
    {
        if (_index.TryGetValue(word, out var exact))
        {
            return exact;
        }

        // Only long words: "north" is one letter from "Worth", but "ayelsbray" is plainly "Aylesbray".
        if (word.Length < MinTypoLength)
        {
            return [];
        }

        var near = _typos.GetOrAdd(word, w => _index.Keys.FirstOrDefault(k => k.Length >= MinTypoLength && WordSimilarity.Similar(w, k)));
        return near is null ? [] : _index[near];
    }

    private void Add(string key, int entry, string[] words) =>
        (_index.TryGetValue(key, out var list) ? list : _index[key] = []).Add((entry, words));

    private sealed record Entry(KnowledgeEntity Entity, Dictionary<string, double> Weights, double Mass, HashSet<string> Distinctive);
}
