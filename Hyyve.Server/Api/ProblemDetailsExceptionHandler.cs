using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Hyyve.Server.Api;

/// <summary>
/// The one place exceptions become RFC 7807 responses:
/// <see cref="ValidationFailedException"/> → 400 (with <c>field</c>), <see cref="BadHttpRequestException"/> → its status
/// (400 malformed, 413 too large), <see cref="NotFoundException"/> → 404, <see cref="ConflictException"/> → 409,
/// <see cref="UpstreamException"/> → 502, database unreachable → 503, anything else → 500.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ValidationFailedException => (StatusCodes.Status400BadRequest, "Invalid request"),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "Request body too large" : "Malformed request"),
            System.Text.Json.JsonException => (StatusCodes.Status400BadRequest, "Malformed JSON"),
            NotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            ConflictException => (StatusCodes.Status409Conflict, "Conflict"),
            UpstreamException => (StatusCodes.Status502BadGateway, "Upstream service failed"),
            NpgsqlException or TimeoutException => (StatusCodes.Status503ServiceUnavailable, "Database unavailable"),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error"),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed with {Status}", context.Request.Method, context.Request.Path, status);
        }

        var details = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = status == 500 ? "The server failed to process the request; see its log." : exception.Message,
        };
        if (exception is ValidationFailedException validation)
        {
            details.Extensions["field"] = validation.Field;
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = details,
            Exception = exception,
        });
    }
}
