using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Hyyve.Server.Api;

/// <summary>
/// The one place exceptions become RFC 7807 responses. The mapping is Domain's <see cref="ProblemMapping"/>
/// (the problem a refusal carries, 400 validation/JSON, 404, 409, 502 upstream, 503 database, 500 otherwise), shared with
/// Hyyve.Functions; this host adds only ASP.NET Core's own <see cref="BadHttpRequestException"/> from request binding
/// (<see cref="BindingProblems"/>: no body, not JSON, unreadable JSON, too large). Expected failures are logged in one
/// Warning line, unexpected ones with their exception, once (a handled exception is not logged again by ASP.NET Core).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception is BadHttpRequestException bad ? BindingProblems.For(bad, context.Request, context.Features.Get<IExceptionHandlerFeature>()?.Endpoint) : ProblemMapping.For(exception);
        ProblemLog.Log(logger, context.Request.Method, context.Request.Path, problem, exception);
        return await ApiProblemWriter.WriteAsync(context, problem, exception);
    }
}
