using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Knowledge.HelpCenter;

internal static partial class HelpCenterLog
{
    [LoggerMessage(4100, LogLevel.Information,
        "Project {ProjectId}: sync {RunId} {Status} in {DurationMs} ms: {Pages} pages, {Created} created, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Failed} failed")]
    public static partial void RunFinished(ILogger logger, Guid projectId, Guid runId, string status, long durationMs, int pages,
        int created, int updated, int deleted, int unchanged, int failed);

    [LoggerMessage(4101, LogLevel.Warning, "Project {ProjectId}: sync {RunId} failed: {Reason}")]
    public static partial void RunFailed(ILogger logger, Exception exception, Guid projectId, Guid runId, string reason);

    [LoggerMessage(4102, LogLevel.Warning, "Project {ProjectId}: article {ArticleId} could not be indexed")]
    public static partial void ArticleFailed(ILogger logger, Exception exception, Guid projectId, long articleId);

    [LoggerMessage(4103, LogLevel.Information, "Project {ProjectId}: sync {RunId} skipped, another sync of the project is running")]
    public static partial void RunSkipped(ILogger logger, Guid projectId, Guid runId);

    [LoggerMessage(4104, LogLevel.Information, "Project {ProjectId}: the Help Center counts disagree with the index ({Published} published, {Indexed} indexed); sweeping every page")]
    public static partial void CountsDisagree(ILogger logger, Guid projectId, int published, int indexed);

    [LoggerMessage(4105, LogLevel.Information, "Project {ProjectId}: articles were deleted while the list was read; deletions wait for the next run")]
    public static partial void ListChangedDuringSweep(ILogger logger, Guid projectId);

    [LoggerMessage(4106, LogLevel.Information, "Scheduled {Count} Help Center syncs")]
    public static partial void Scheduled(ILogger logger, int count);

    [LoggerMessage(4107, LogLevel.Error, "The Help Center scheduler tick failed; the next tick tries again")]
    public static partial void SchedulerTickFailed(ILogger logger, Exception exception);
}
