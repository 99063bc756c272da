using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

internal static class JsonBody
{
    /// <summary>
    /// The request body as <typeparamref name="T"/>, read as Hyyve.Server's request binding reads it: an empty body is
    /// null (Domain then answers that a body is required), a body that is not JSON is 415, and unreadable JSON throws its
    /// <see cref="System.Text.Json.JsonException"/>, which Domain's <see cref="ProblemMapping"/> words with the field or position.
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

        return await request.ReadFromJsonAsync<T>(cancellationToken);
    }
}
