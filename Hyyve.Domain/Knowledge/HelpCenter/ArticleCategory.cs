namespace Hyyve.Domain.Knowledge.HelpCenter;

public sealed record ArticleCategory(long Id, string? Name, string? Slug);
