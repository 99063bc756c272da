using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Hyyve.Server.Api;

/// <summary>
/// Bodies for the status codes ASP.NET Core sets without an exception, so they too say what to fix: 415 from request
/// binding (in Hyyve.Functions' words, <see cref="RequestProblems"/>), 404 and 405 for a route that does not exist.
/// Any other status gets the framework's standard problem.
/// </summary>
internal static class StatusCodeProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        ApiProblem? problem = http.Response.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => RequestProblems.UnsupportedMediaType(request.ContentType),
            StatusCodes.Status404NotFound when http.GetEndpoint() is null => new(404, "No such route",
                $"No route matches {request.Method} {request.Path}; the routes are listed in /api/openapi.json."),
            StatusCodes.Status405MethodNotAllowed => new(405, "Method not allowed",
                $"{request.Path} does not take {request.Method}; the routes are listed in /api/openapi.json."),
            _ => null,
        };
        if (problem is null)
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        await ApiProblemWriter.WriteAsync(http, problem);
    }
}
