using System.Collections.Concurrent;
using Hyyve.Domain.Answering;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Typo tolerance for full text: a query word that no chunk of the project contains ("slak", "pasword") is matched to the
/// project's own words one edit away ("slack", "password"), unless it is a real word (<see cref="EnglishWords"/>):
/// "print" is not a typo of "point", nor "apple" of "apply". The vocabulary is the project's lexemes (ts_stat), cached until
/// its knowledge changes or for five minutes (another process's writes).
/// </summary>
public sealed class TypoCorrections(NpgsqlDataSource dataSource, KnowledgeChanges changes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private static readonly string[] Suffixes = ["ies", "es", "s", "ing", "ed", "ly"];
    private readonly ConcurrentDictionary<Guid, (long Version, DateTimeOffset At, ILookup<int, string> ByLength)> _vocabularies = new();

    /// <summary>The project's words within one edit of <paramref name="word"/> (or of it without a plural or verb ending).</summary>
    public async Task<IReadOnlyList<string>> CorrectAsync(Guid projectId, string word, CancellationToken cancellationToken)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return [];
        }

        var forms = Suffixes.Where(s => word.Length - s.Length >= 4 && word.EndsWith(s, StringComparison.Ordinal))
            .Select(s => word[..^s.Length]).Prepend(word).Distinct().ToList();
        if (forms.Any(EnglishWords.Contains))
        {
            return [];
        }

        var vocabulary = await VocabularyAsync(projectId, cancellationToken);
        return forms
            .SelectMany(form => Enumerable.Range(form.Length - 1, 3).SelectMany(length => vocabulary[length])
                .Where(lexeme => lexeme != form && lexeme[0] == form[0] && WordSimilarity.EditDistance(form, lexeme) <= 1))
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    private async Task<ILookup<int, string>> VocabularyAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(projectId);
        if (_vocabularies.TryGetValue(projectId, out var cached) && cached.Version == version && time.GetUtcNow() - cached.At < MaxAge)
        {
            return cached.ByLength;
        }

        // ts_stat reads the project's tsvectors once; the statement text is fixed, the project id a parameter.
        await using var command = dataSource.CreateCommand("""
            SELECT word FROM ts_stat(format('SELECT tsv FROM hyyve.chunks WHERE project_id = %L', @project_id::text))
            WHERE length(word) >= 3 AND word ~ '^[a-z]+$'
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        var words = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                words.Add(reader.GetString(0));
            }
        }

        var byLength = words.ToLookup(w => w.Length);
        _vocabularies[projectId] = (version, time.GetUtcNow(), byLength);
        return byLength;
    }
}
