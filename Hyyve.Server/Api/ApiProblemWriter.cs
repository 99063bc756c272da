using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Hyyve.Server.Api;

/// <summary>Writes Domain's <see cref="ApiProblem"/> as RFC 7807 through <see cref="IProblemDetailsService"/> (type link, title, trace id).</summary>
internal static class ApiProblemWriter
{
    public static ProblemDetails ToDetails(this ApiProblem problem)
    {
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
        }

        return details;
    }

    public static IResult ToResult(this ApiProblem problem) => TypedResults.Problem(problem.ToDetails());

    public static async ValueTask<bool> WriteAsync(HttpContext context, ApiProblem problem, Exception? exception = null)
    {
        context.Response.StatusCode = problem.Status;
        return await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem.ToDetails(),
            Exception = exception,
        });
    }
}
