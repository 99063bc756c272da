using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

internal static class JsonBody
{
    /// <summary>The request body as <typeparamref name="T"/>; malformed JSON throws <see cref="System.Text.Json.JsonException"/> (400).</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ValidationFailedException("body", "Send the body as JSON (Content-Type: application/json).");
        }

        return await request.ReadFromJsonAsync<T>(cancellationToken)
               ?? throw new ValidationFailedException("body", "The request body is empty.");
    }
}
