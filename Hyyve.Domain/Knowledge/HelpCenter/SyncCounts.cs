namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Pages and articles so far: while the run is running, its progress; afterwards, its result.</summary>
public sealed record SyncCounts(int PagesRead, int ArticlesSeen, int Created, int Updated, int Deleted, int Unchanged, int Failed)
{
    public static readonly SyncCounts None = new(0, 0, 0, 0, 0, 0, 0);

    public int Writes => Created + Updated + Deleted;
}
