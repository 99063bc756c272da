using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.Functions.Tests.Parity;

/// <summary>
/// The function app and Hyyve.Server on one database with one tenant, so the same request can be sent to both.
/// The server runs no workers or reconciler, so nothing changes behind the tests' back.
/// </summary>
public sealed class ParityFixture : IAsyncLifetime
{
    public FunctionsWorld Functions { get; private set; } = null!;

    public TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Functions = await FunctionsWorld.StartAsync("parity");
        Server = await TestServer.StartAsync(Functions.ConnectionString, new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Jobs:Enabled"] = "false",
            ["Reconciler:Enabled"] = "false",
        });
    }

    /// <summary>Sends the request <paramref name="build"/> makes to both hosts and returns both answers, normalised.</summary>
    public async Task<(HostAnswer Server, HostAnswer Functions)> BothAsync(Func<HttpRequestMessage> build, string? apiKey)
    {
        using var server = Server.CreateClient(apiKey);
        using var functions = Functions.CreateClient(apiKey);
        return (await HostAnswer.ReadAsync(server, build()), await HostAnswer.ReadAsync(functions, build()));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Functions.DisposeAsync();
    }
}

/// <summary>Status, media type and JSON of one answer, with the values that differ per request by design replaced.</summary>
public sealed record HostAnswer(int Status, string? MediaType, string Json)
{
    /// <summary>New per request (ids, timings, trace ids), so never equal between two requests, whichever host answers.</summary>
    private static readonly HashSet<string> PerRequest = ["answerId", "timings", "batchId", "watch", "traceId", "createdAt"];

    public static async Task<HostAnswer> ReadAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            var json = body.Length == 0 ? "" : Normalise(JsonNode.Parse(body))?.ToJsonString() ?? "null";
            return new HostAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
        }
    }

    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (PerRequest.Contains(name))
                    {
                        obj[name] = "<per request>";
                    }
                    else
                    {
                        Normalise(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Normalise(item);
                }

                break;
        }

        return node;
    }
}

internal static class Requests
{
    public static Func<HttpRequestMessage> Get(string path) => () => new HttpRequestMessage(HttpMethod.Get, path);

    public static Func<HttpRequestMessage> Delete(string path) => () => new HttpRequestMessage(HttpMethod.Delete, path);

    public static Func<HttpRequestMessage> PostJson(string path, string json) => () => new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = new StringContent(json, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    public static Func<HttpRequestMessage> PostText(string path, string text) => () => new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = new StringContent(text, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("text/plain")),
    };
}
