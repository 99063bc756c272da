namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>What a synced document's <c>metadata</c> says about its article.</summary>
public sealed record ArticleMetadata(string Source, long ArticleId, string? Slug, string? Category, IReadOnlyList<string> Tags);
