namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// One pass over a portal's article list, newest <c>updated_at</c> first. An incremental pass stops below the watermark
/// minus the overlap; a sweep reads every page and then removes synced documents whose article it did not see (Chatwoot
/// deletes hard, so the list is the only evidence). A pass that stopped early turns into a sweep when the portal's
/// published count disagrees with the index. Each page's changes are written in one transaction.
/// </summary>
internal sealed class SyncPass(SyncPassContext context, SyncPassServices services)
{
    public const int PageSize = 25;

    private readonly SyncTally _tally = new();
    private readonly HashSet<string> _processed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private bool _sweep = context.Sweep;

    public SyncTally Tally => _tally;

    public async Task<SyncPassResult> RunAsync(CancellationToken cancellationToken)
    {
        var (firstTotal, lastTotal, reachedEnd) = ((int?)null, (int?)null, false);
        for (var page = 1; page <= services.Options.MaxPages; page++)
        {
            var list = await services.Client.ListArticlesAsync(context.Tenant, context.PortalSlug, context.Locale, page, cancellationToken);
            firstTotal ??= list.Meta?.AllArticlesCount;
            lastTotal = list.Meta?.AllArticlesCount ?? lastTotal;
            _sweep |= page == 1 && list.Meta is { } meta && meta.AllArticlesCount <= services.Options.SweepEveryRunUpTo;
            await ApplyPageAsync(list.Payload, cancellationToken);
            _tally.PagesRead++;
            await services.Runs.ProgressAsync(context.RunId, _tally.Counts, _tally.Failures, cancellationToken);
            if (list.Payload.Count < PageSize)
            {
                reachedEnd = true;
                break;
            }

            if (!_sweep && context.Threshold is long threshold && list.Payload[^1].UpdatedAt < threshold)
            {
                if (list.Meta is not { } counts || counts.PublishedCount == context.Stored.Count)
                {
                    break;
                }

                HelpCenterLog.CountsDisagree(services.Logger, context.ProjectId, counts.PublishedCount, context.Stored.Count);
                _sweep = true;
            }
        }

        var swept = reachedEnd && firstTotal == lastTotal;
        if (reachedEnd && !swept)
        {
            // A hard delete while paging shifts later articles onto pages already read, so "not seen" proves nothing now.
            HelpCenterLog.ListChangedDuringSweep(services.Logger, context.ProjectId);
        }
        else if (swept)
        {
            var gone = context.Stored.Keys.Where(id => !_published.Contains(id)).ToList();
            await services.Index.ApplyAsync(context.ProjectId, [], gone, cancellationToken);
            gone.ForEach(id => context.Stored.Remove(id));
            _tally.Deleted += gone.Count;
        }

        return new SyncPassResult(swept, _tally.NextWatermark(context.Watermark));
    }

    private async Task ApplyPageAsync(IReadOnlyList<HelpCenterArticle> articles, CancellationToken cancellationToken)
    {
        var upserts = new List<ChunkedArticle>();
        var deletes = new List<string>();
        foreach (var article in articles)
        {
            var externalId = ArticleDocument.ExternalIdOf(article.Id);
            // Offset paging over a list that changes can show an article twice; the first sighting decides.
            if (!_processed.Add(externalId))
            {
                continue;
            }

            _tally.Saw(article);
            if (!article.IsPublished)
            {
                if (context.Stored.ContainsKey(externalId))
                {
                    deletes.Add(externalId);
                }

                continue;
            }

            _published.Add(externalId);
            try
            {
                var document = ArticleDocument.From(article, context.Address, services.MaxDocumentChars);
                if (context.Stored.TryGetValue(externalId, out var hash) && hash == document.Hash)
                {
                    _tally.Unchanged++;
                    continue;
                }

                upserts.Add(new ChunkedArticle(document, new IndexedDocument(document.Document, services.Chunker.Chunk(document.Document)),
                    article.UpdatedAt));
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
            {
                // One unreadable article must not hold back the rest; the run lists it with the reason.
                HelpCenterLog.ArticleFailed(services.Logger, ex, context.ProjectId, article.Id);
                _tally.Fail(article, ex.Message);
            }
        }

        _tally.ChunksWritten += await services.Index.ApplyAsync(context.ProjectId, upserts, deletes, cancellationToken);
        foreach (var upsert in upserts)
        {
            var externalId = upsert.Article.Document.ExternalId;
            if (context.Stored.ContainsKey(externalId))
            {
                _tally.Updated++;
            }
            else
            {
                _tally.Created++;
            }

            context.Stored[externalId] = upsert.Article.Hash;
        }

        deletes.ForEach(id => context.Stored.Remove(id));
        _tally.Deleted += deletes.Count;
    }
}
