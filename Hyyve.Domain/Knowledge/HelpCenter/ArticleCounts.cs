namespace Hyyve.Domain.Knowledge.HelpCenter;

public sealed record ArticleCounts(int AllArticlesCount, int PublishedCount, int ArchivedArticlesCount, int DraftArticlesCount);
