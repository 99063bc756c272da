using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

internal static class JsonBody
{
    /// <summary>
    /// The request body as <typeparamref name="T"/>, read as Hyyve.Server's request binding reads it: an empty body is
    /// null (Domain then says what is missing), a body that is not JSON is 415 and unreadable JSON 400.
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
            throw new RequestBodyException(StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException)
        {
            throw new RequestBodyException(StatusCodes.Status400BadRequest);
        }
    }
}
