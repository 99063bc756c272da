using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Jobs;

internal static partial class JobsLog
{
    [LoggerMessage(1000, LogLevel.Information, "Job workers started: {WorkerCount} workers as {WorkerId} for kinds {Kinds}")]
    public static partial void WorkersStarted(ILogger logger, int workerCount, string workerId, string kinds);

    [LoggerMessage(1001, LogLevel.Warning, "Job {JobId} ({Kind}) attempt {Attempt}/{MaxAttempts} failed; retrying in {Delay}")]
    public static partial void JobRetrying(ILogger logger, Exception exception, long jobId, string kind, int attempt, int maxAttempts, TimeSpan delay);

    /// <summary>An attempt that failed the expected way (Chatwoot or a model unavailable) and will be retried: one line, no stack trace.</summary>
    [LoggerMessage(1011, LogLevel.Warning, "Job {JobId} ({Kind}) attempt {Attempt}/{MaxAttempts} failed; retrying in {Delay}: {Error}")]
    public static partial void JobRetryingUpstream(ILogger logger, long jobId, string kind, int attempt, int maxAttempts, TimeSpan delay, string error);

    [LoggerMessage(1012, LogLevel.Warning, "Job message ({Kind}) attempt {Attempt}/{MaxAttempts} failed; its transport retries or dead-letters it: {Error}")]
    public static partial void MessageAttemptFailedUpstream(ILogger logger, string kind, int attempt, int maxAttempts, string error);

    [LoggerMessage(1002, LogLevel.Error, "Job {JobId} ({Kind}) dead-lettered after attempt {Attempt}")]
    public static partial void JobDead(ILogger logger, Exception? exception, long jobId, string kind, int attempt);

    [LoggerMessage(1003, LogLevel.Warning, "Job {JobId} ({Kind}): lease lost before the result was recorded")]
    public static partial void LeaseLost(ILogger logger, long jobId, string kind);

    [LoggerMessage(1004, LogLevel.Information, "Job {JobId} ({Kind}) released on shutdown")]
    public static partial void JobReleased(ILogger logger, long jobId, string kind);

    [LoggerMessage(1005, LogLevel.Warning, "Job queue loop error; retrying")]
    public static partial void LoopError(ILogger logger, Exception exception);

    [LoggerMessage(1006, LogLevel.Warning, "Job notification listener lost its connection; reconnecting")]
    public static partial void ListenerReconnecting(ILogger logger, Exception exception);

    [LoggerMessage(1007, LogLevel.Error, "Dead-letter hook of job {JobId} ({Kind}) failed")]
    public static partial void DeadLetterHookFailed(ILogger logger, Exception exception, long jobId, string kind);

    [LoggerMessage(1008, LogLevel.Warning, "Job message ({Kind}) attempt {Attempt}/{MaxAttempts} failed; its transport retries or dead-letters it")]
    public static partial void MessageAttemptFailed(ILogger logger, Exception exception, string kind, int attempt, int maxAttempts);

    [LoggerMessage(1009, LogLevel.Error, "Job message ({Kind}) failed permanently on attempt {Attempt}; dead-lettering it")]
    public static partial void MessageFailedPermanently(ILogger logger, Exception exception, string kind, int attempt);

    [LoggerMessage(1010, LogLevel.Error, "Job message ({Kind}) dead-lettered: {Error}")]
    public static partial void MessageDeadLettered(ILogger logger, string kind, string error);

    [LoggerMessage(1013, LogLevel.Error, "Job {JobId} ({Kind}) failed on attempt {Attempt}, its last; running its dead-letter hook")]
    public static partial void JobDying(ILogger logger, Exception exception, long jobId, string kind, int attempt);
}
