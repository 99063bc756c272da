namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>A run's counts as they grow, and the watermark its articles allow.</summary>
internal sealed class SyncTally
{
    private readonly List<SyncFailure> _failures = [];
    private long? _newest;
    private long? _oldestFailed;

    public int PagesRead { get; set; }
    public int ArticlesSeen { get; private set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Deleted { get; set; }
    public int Unchanged { get; set; }
    public int ChunksWritten { get; set; }

    public IReadOnlyList<SyncFailure> Failures => _failures;

    public SyncCounts Counts => new(PagesRead, ArticlesSeen, Created, Updated, Deleted, Unchanged, _failures.Count);

    public void Saw(HelpCenterArticle article)
    {
        ArticlesSeen++;
        _newest = Math.Max(_newest ?? long.MinValue, article.UpdatedAt);
    }

    public void Fail(HelpCenterArticle article, string error)
    {
        _failures.Add(new SyncFailure(article.Id, article.Title, error));
        _oldestFailed = Math.Min(_oldestFailed ?? long.MaxValue, article.UpdatedAt);
    }

    /// <summary>The newest updated_at seen, held just below a failed article's so the next run reads that article again.</summary>
    public long? NextWatermark(long? previous)
    {
        var newest = _newest is long n ? Math.Max(n, previous ?? long.MinValue) : previous;
        return _oldestFailed is long failed && newest is long w ? Math.Min(w, failed - 1) : newest;
    }
}
