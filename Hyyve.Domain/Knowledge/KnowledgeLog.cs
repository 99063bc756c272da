using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Knowledge;

internal static partial class KnowledgeLog
{
    [LoggerMessage(4000, LogLevel.Information, "Project {ProjectId}: accepted {Documents} documents ({Chunks} chunks indexed now; batch {BatchId})")]
    public static partial void DocumentsAccepted(ILogger logger, Guid projectId, int documents, int chunks, Guid? batchId);

    [LoggerMessage(4001, LogLevel.Warning, "Project {ProjectId}: document {ExternalId} could not be indexed")]
    public static partial void DocumentFailed(ILogger logger, Exception exception, Guid projectId, string externalId);

    [LoggerMessage(4002, LogLevel.Information,
        "Project {ProjectId}: {Chunks} chunks embedded at start-up (vectors of another model cleared in all projects: {Cleared})")]
    public static partial void VectorsRemade(ILogger logger, Guid projectId, int chunks, int cleared);
}
