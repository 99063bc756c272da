using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Hyyve.Server.Api;

/// <summary>
/// The one place exceptions become RFC 7807 responses. The mapping is Domain's <see cref="ProblemMapping"/>
/// (400 validation/JSON, 404, 409, 502 upstream, 503 database, 500 otherwise), shared with Hyyve.Functions; this host
/// adds only ASP.NET Core's own <see cref="BadHttpRequestException"/> → its status (400 malformed, 413 too large).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception is BadHttpRequestException bad
            ? new ApiProblem(bad.StatusCode, bad.StatusCode == 413 ? "Request body too large" : "Malformed request", bad.Message)
            : ProblemMapping.For(exception);
        if (problem.IsServerError)
        {
            logger.LogError(exception, "Request {Method} {Path} failed with {Status}", context.Request.Method, context.Request.Path, problem.Status);
        }

        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
        }

        context.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = details,
            Exception = exception,
        });
    }
}
