using System.Text.Json;
using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

internal static class JsonBody
{
    /// <summary>
    /// The request body as <typeparamref name="T"/>, read as Hyyve.Server's request binding reads it: an empty body is
    /// null (Domain then answers that a body is required), a body that is not JSON is 415, and unreadable JSON is Domain's
    /// <see cref="JsonProblems"/> answer, naming the field and the kind of value it wants, or the position.
    /// </summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength == 0)
        {
            return null;
        }

        if (!request.HasJsonContentType())
        {
            throw new ProblemException(RequestProblems.UnsupportedMediaType(request.ContentType));
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ProblemException(JsonProblems.For(ex, typeof(T)));
        }
    }
}
