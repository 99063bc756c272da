using System.Text.Json;
using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http.Metadata;

namespace Hyyve.Server.Api;

/// <summary>
/// ASP.NET Core's request-binding failures in the words Hyyve.Functions uses for the same requests (Domain's
/// <see cref="RequestProblems"/> and <see cref="JsonProblems"/>), instead of the framework's own message ("Implicit body
/// inferred for parameter…"). Query integers are parsed by Domain's <see cref="IntegerQuery"/>, so they never fail here.
/// </summary>
internal static class BindingProblems
{
    /// <summary>The problem for a binding failure; <paramref name="endpoint"/> is the route that was bound, passed because the
    /// exception handler clears it from the context.</summary>
    public static ApiProblem For(BadHttpRequestException exception, HttpRequest request, Endpoint? endpoint) => exception switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => RequestProblems.UnsupportedMediaType(request.ContentType),
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(413, "Request body too large", exception.Message),
        { InnerException: JsonException json } =>
            JsonProblems.For(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
        _ when request.ContentLength is 0 or null => RequestProblems.BodyRequired,
        _ => new(exception.StatusCode, "Malformed request", exception.Message),
    };
}
