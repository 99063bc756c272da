using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Http;

/// <summary>
/// The one place this host turns exceptions into RFC 7807 responses, with Domain's <see cref="ProblemMapping"/>
/// (the same table as Hyyve.Server): the problem a refusal carries (no body, not JSON, a refused key), 400 validation/JSON,
/// 404, 409, 502 upstream, 503 database, 500 otherwise. Expected failures are logged in one Warning line, unexpected ones
/// with their exception (<see cref="ProblemLog"/>, as the server logs them).
/// </summary>
internal static class ProblemResults
{
    public static IActionResult From(ApiProblem problem, string? challenge = null)
    {
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
        }

        return new ProblemResult(details, challenge);
    }

    /// <summary>Runs an HTTP function's body; an exception becomes its problem response.</summary>
    public static async Task<IActionResult> HandleAsync(HttpRequest request, ILogger logger, Func<Task<IActionResult>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception ex) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var problem = ProblemMapping.For(ex);
            ProblemLog.Log(logger, request.Method, request.Path, problem, ex);
            return From(problem);
        }
    }
}
