using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Answering.Generation;

internal static partial class GenerationLog
{
    [LoggerMessage(5100, LogLevel.Debug, "Model {Model} generated {Outcome} citing {CitedCount} sources in {LatencyMs} ms ({PromptTokens}+{CompletionTokens} tokens)")]
    public static partial void Generated(ILogger logger, string model, GenerationOutcome outcome, int citedCount, double latencyMs,
        int promptTokens, int completionTokens);

    [LoggerMessage(5101, LogLevel.Warning, "Model {Model} failed after {LatencyMs} ms; the extractive answer stands in")]
    public static partial void Failed(ILogger logger, string model, double latencyMs, Exception exception);

    [LoggerMessage(5102, LogLevel.Warning, "Model {Model} returned unusable output after {LatencyMs} ms: {Error}")]
    public static partial void Unusable(ILogger logger, string model, double latencyMs, string error);

    [LoggerMessage(5103, LogLevel.Information, "Model {Model} cited sources it was not given: {Removed}")]
    public static partial void RemovedCitations(ILogger logger, string model, string removed);
}
