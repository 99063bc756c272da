namespace Hyyve.Domain.Knowledge.HelpCenter;

public sealed record ArticleMeta(string? Title, string? Description, IReadOnlyList<string>? Tags);
