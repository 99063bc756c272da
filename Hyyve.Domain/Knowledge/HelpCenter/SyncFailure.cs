namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>An article that could not be indexed; the run went on without it.</summary>
public sealed record SyncFailure(long ArticleId, string? Title, string Error);
