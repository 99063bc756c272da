using System.Text.Json;
using Npgsql;

namespace Hyyve.Domain.Errors;

/// <summary>
/// The one table from exceptions to problem details, shared by both hosts:
/// <see cref="ProblemException"/> → its own problem (missing body, 415, a refused key),
/// <see cref="ValidationFailedException"/> → 400 (with <c>field</c>), <see cref="JsonException"/> → 400 naming the field
/// or the position (<see cref="JsonProblems"/>), <see cref="NotFoundException"/> → 404, <see cref="ConflictException"/> → 409,
/// <see cref="UpstreamException"/> → 502, database unreachable (<see cref="NpgsqlException"/>, <see cref="TimeoutException"/>)
/// → 503, anything else → 500. A 500 never shows the exception's message, which may hold internals; the host logs it instead.
/// </summary>
public static class ProblemMapping
{
    public static ApiProblem For(Exception exception) => exception switch
    {
        ProblemException problem => problem.Problem,
        ValidationFailedException validation => new(400, "Invalid request", validation.Message, validation.Field),
        JsonException json => JsonProblems.For(json, bodyType: null),
        NotFoundException => new(404, "Not found", exception.Message),
        ConflictException => new(409, "Conflict", exception.Message),
        UpstreamException => new(502, "Upstream service failed", exception.Message),
        NpgsqlException or TimeoutException => new(503, "Database unavailable", exception.Message),
        _ => new(500, "Unexpected error", "The server failed to process the request; see its log."),
    };

    /// <summary>
    /// Whether a failure is one the service expects and handles (a caller's mistake, a refused key, Chatwoot or the
    /// database unavailable): logged as one Warning line without a stack trace. Anything else is logged with its exception.
    /// </summary>
    public static bool IsExpected(ApiProblem problem) => problem.Status != 500;
}
