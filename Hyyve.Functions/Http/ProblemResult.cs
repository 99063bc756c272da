using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Functions.Http;

/// <summary>
/// Writes problem details through ASP.NET Core's <see cref="IProblemDetailsService"/>, as Hyyve.Server's exception handler
/// and status pages do, so both hosts answer with the same JSON (type link, title, trace id). A 401 carries its
/// <c>WWW-Authenticate</c> challenge.
/// </summary>
internal sealed class ProblemResult(ProblemDetails details, string? challenge = null) : IActionResult
{
    public ProblemDetails Details => details;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        if (challenge is not null)
        {
            http.Response.Headers.WWWAuthenticate = challenge;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details });
    }
}
