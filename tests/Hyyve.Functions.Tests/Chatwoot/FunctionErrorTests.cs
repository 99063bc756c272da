using System.Net;
using System.Text;
using System.Text.Json;
using Hyyve.Functions.Tests.Infrastructure;

namespace Hyyve.Functions.Tests.Chatwoot;

/// <summary>The function app's refusals over HTTP: problem details that say what to fix, as Hyyve.Server answers them.</summary>
public sealed class FunctionErrorTests : IAsyncLifetime
{
    private FunctionsWorld _world = null!;

    public async Task InitializeAsync() => _world = await FunctionsWorld.StartAsync("fnerrors");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_missing_key_is_a_401_problem_with_a_Bearer_challenge()
    {
        using var client = _world.CreateClient(apiKey: null);

        using var response = await client.GetAsync($"/api/projects/{_world.ProjectId}/documents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        var problem = await ProblemAsync(response);
        Assert.Equal("API key required", problem.GetProperty("title").GetString());
        Assert.Contains("Authorization: Bearer <key>", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Connect_with_an_empty_body_says_a_JSON_body_is_required_and_a_wrong_type_names_the_field()
    {
        using var client = _world.CreateClient();

        using var empty = await client.PostAsync("/api/tenants/connect", new StringContent("", Encoding.UTF8, "application/json"));
        using var wrongType = await client.PostAsync("/api/tenants/connect",
            new StringContent("""{"chatwootBaseUrl":"http://127.0.0.1:1","accountId":"seven"}""", Encoding.UTF8, "application/json"));

        var emptyProblem = await ProblemAsync(empty);
        Assert.Equal((400, "body"), (emptyProblem.GetProperty("status").GetInt32(), emptyProblem.GetProperty("field").GetString()));
        Assert.StartsWith("A JSON body is required", emptyProblem.GetProperty("detail").GetString());
        var typeProblem = await ProblemAsync(wrongType);
        Assert.Equal("accountId", typeProblem.GetProperty("field").GetString());
        Assert.StartsWith("accountId must be a number", typeProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_webhook_for_an_unknown_tenant_is_a_404_problem()
    {
        using var client = _world.CreateClient(apiKey: null);
        var tenant = Guid.NewGuid();

        using var response = await client.PostAsync($"/api/chatwoot/bot/{tenant}",
            new StringContent("""{"event":"message_created"}""", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response);
        Assert.Equal((404, "Unknown tenant"), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString()));
        Assert.Contains(tenant.ToString(), problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
