using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>The service's JSON answers, including its OData error shape.</summary>
internal static class FakeSearchResponses
{
    public static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    public static Task ErrorAsync(HttpContext http, int status, string code, string message) => WriteAsync(http, status, Error(code, message));

    public static async Task WriteAsync(HttpContext http, int status, JsonNode? body)
    {
        http.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        http.Response.ContentType = "application/json; odata.metadata=minimal";
        await http.Response.WriteAsync(body.ToJsonString());
    }
}
