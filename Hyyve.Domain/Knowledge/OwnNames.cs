using System.Collections.Concurrent;
using Hyyve.Domain.Answering;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// The words that name a project's knowledge itself, usually the product: capitalised inside a document title
/// ("Create a Lumora account") and used in a quarter of the chunks or more. In a one-product help center such a word
/// tells articles apart lexically (its weight is low there anyway) but pulls a question's vector towards every title that
/// names the product, so "how do i invite someone to lumora" found "Create a Lumora account" before "Invite teammates".
/// Cached per project until its knowledge changes.
/// </summary>
public sealed class OwnNames(NpgsqlDataSource dataSource, TermStatistics statistics, KnowledgeChanges changes, TimeProvider time)
{
    public const double CommonShare = 0.25;
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Guid, Snapshot> _projects = new();

    public async Task<IReadOnlySet<string>> OfAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(projectId);
        if (_projects.TryGetValue(projectId, out var snapshot) && snapshot.Version == version && time.GetUtcNow() - snapshot.At <= MaxAge)
        {
            return snapshot.Words;
        }

        var titleNames = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand("SELECT DISTINCT title FROM hyyve.documents WHERE project_id = @project_id"))
        {
            command.Parameters.AddWithValue("project_id", projectId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                titleNames.UnionWith(SourceNames.InTitle(reader.GetString(0), _ => false).SelectMany(n => n));
            }
        }

        var (chunks, frequencies) = await statistics.GetAsync(projectId, [.. titleNames], cancellationToken);
        var own = titleNames.Where(w => frequencies[w] is { } n && n >= CommonShare * chunks).ToHashSet(StringComparer.Ordinal);
        _projects[projectId] = new Snapshot(version, time.GetUtcNow(), own);
        return own;
    }

    /// <summary>The text without the knowledge's own names, for embedding; the text itself when nothing is left.</summary>
    public static string Without(string text, IReadOnlySet<string> own)
    {
        if (own.Count == 0)
        {
            return text;
        }

        var kept = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => QueryWords.Split(token) is not [var word] || !own.Contains(word)).ToList();
        return kept.Count == 0 ? text : string.Join(' ', kept);
    }

    private sealed record Snapshot(long Version, DateTimeOffset At, IReadOnlySet<string> Words);
}
