using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Errors;

/// <summary>How both hosts log a refused request: expected failures in one line, unexpected ones with their exception, once.</summary>
public static partial class ProblemLog
{
    public static void Log(ILogger logger, string method, string path, ApiProblem problem, Exception? exception)
    {
        if (ProblemMapping.IsExpected(problem) || exception is null)
        {
            Refused(logger, method, path, problem.Status, problem.Detail);
        }
        else
        {
            Failed(logger, exception, method, path, problem.Status);
        }
    }

    [LoggerMessage(9100, LogLevel.Warning, "Request {Method} {Path} refused with {Status}: {Detail}")]
    private static partial void Refused(ILogger logger, string method, string path, int status, string detail);

    [LoggerMessage(9101, LogLevel.Error, "Request {Method} {Path} failed with {Status}")]
    private static partial void Failed(ILogger logger, Exception exception, string method, string path, int status);
}
