using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Http;

/// <summary>
/// The one place this host turns exceptions into RFC 7807 responses, with Domain's <see cref="ProblemMapping"/>
/// (the same table as Hyyve.Server): 400 validation/JSON, 404, 409, 502 upstream, 503 database, 500 otherwise; a body
/// that is not JSON is 415 and unreadable JSON a bare 400, as the server's request binding answers.
/// </summary>
internal static class ProblemResults
{
    public static IActionResult From(ApiProblem problem)
    {
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
        }

        return new ProblemResult(details);
    }

    /// <summary>A problem with only a status, which ASP.NET Core completes (title, type) as the server's status pages do.</summary>
    public static IActionResult Status(int status) => new ProblemResult(new ProblemDetails { Status = status });

    /// <summary>Runs an HTTP function's body; an exception becomes its problem response (server errors are logged).</summary>
    public static async Task<IActionResult> HandleAsync(HttpRequest request, ILogger logger, Func<Task<IActionResult>> run)
    {
        try
        {
            return await run();
        }
        catch (RequestBodyException ex)
        {
            return Status(ex.Status);
        }
        catch (Exception ex) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var problem = ProblemMapping.For(ex);
            if (problem.IsServerError)
            {
                logger.LogError(ex, "Request {Method} {Path} failed with {Status}", request.Method, request.Path, problem.Status);
            }

            return From(problem);
        }
    }
}
