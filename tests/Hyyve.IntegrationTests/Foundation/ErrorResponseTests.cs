using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hyyve.IntegrationTests.Foundation;

/// <summary>Every refusal is RFC 7807 problem details whose <c>detail</c> says what to fix, and is logged once.</summary>
public sealed class ErrorResponseTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private TestServer _server = null!;
    private KnowledgeProject _project = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(TestPostgres.CreateDatabase("errors"),
            new Dictionary<string, string?> { ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]) },
            services => services.AddSingleton<ILoggerProvider>(_logs));
        _project = await KnowledgeProject.CreateAsync(_server, "errors");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/ask")]
    [InlineData("/documents")]
    [InlineData("/tenants/connect")]
    public async Task An_empty_body_says_a_JSON_body_is_required(string route)
    {
        var problem = await SendAsync(HttpMethod.Post, Route(route), "", "application/json");

        Assert.Equal(400, problem.Status);
        Assert.Equal("body", problem.Field);
        Assert.StartsWith("A JSON body is required", problem.Detail);
    }

    [Fact]
    public async Task Malformed_JSON_names_the_line_and_byte()
    {
        var problem = await SendAsync(HttpMethod.Post, Route("/ask"), "{\n  \"question\": \"hi\",\n  }", "application/json");

        Assert.Equal((400, "Malformed JSON"), (problem.Status, problem.Title));
        Assert.Contains("at line 3, byte", problem.Detail);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_field_and_the_type_wanted()
    {
        var problem = await SendAsync(HttpMethod.Post, "/api/tenants/connect",
            """{"chatwootBaseUrl":"http://127.0.0.1:1","accountId":"seven","userToken":"t","projects":[]}""", "application/json");

        Assert.Equal((400, "accountId"), (problem.Status, problem.Field));
        Assert.StartsWith("accountId must be a number", problem.Detail);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_415_saying_to_send_application_json()
    {
        var problem = await SendAsync(HttpMethod.Post, Route("/ask"), "How do I reset my password?", "text/plain");

        Assert.Equal(415, problem.Status);
        Assert.Contains("Content-Type: application/json", problem.Detail);
        Assert.Contains("text/plain", problem.Detail);
    }

    [Theory]
    [InlineData("/search?q=refund&k=ten", "k", "k must be an integer 1–50")]
    [InlineData("/search?q=refund&k=0", "k", "k must be an integer 1–50")]
    [InlineData("/sync?limit=many", "limit", "limit must be an integer 1–100")]
    [InlineData("/admin/jobs/dead?limit=501", "limit", "limit must be an integer 1–500")]
    public async Task A_bad_query_value_names_the_parameter_and_its_range(string route, string field, string detail)
    {
        var problem = await SendAsync(HttpMethod.Get, Route(route));

        Assert.Equal((400, field), (problem.Status, problem.Field));
        Assert.StartsWith(detail, problem.Detail);
    }

    [Theory]
    [InlineData(null, null, "API key required", "Bearer")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz", "Malformed API key", "Bearer error=\"invalid_token\"")]
    [InlineData("Authorization", "Bearer ", "Malformed API key", "Bearer error=\"invalid_token\"")]
    [InlineData("X-Api-Key", "hyv_no_such_key_0123456789", "Unknown API key", "Bearer error=\"invalid_token\"")]
    public async Task A_refused_key_says_why_sends_a_Bearer_challenge_and_logs_one_warning(string? header, string? value, string title,
        string challenge)
    {
        using var client = _server.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, Route("/documents"));
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await client.SendAsync(request);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal((401, title), (problem.Status, problem.Title));
        Assert.Equal(challenge, response.Headers.WwwAuthenticate.ToString());
        var logged = Assert.Single(_logs.Entries, e => e.Message.Contains(title) || e.Message.Contains(problem.Detail!));
        Assert.Equal((LogLevel.Warning, null), (logged.Level, logged.Exception));
    }

    [Fact]
    public async Task A_tenant_key_on_an_admin_route_gets_403_saying_the_admin_key_is_needed()
    {
        using var response = await _project.Client.GetAsync("/api/admin/jobs/stats");
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(403, problem.Status);
        Assert.Contains("platform admin key", problem.Detail);
    }

    [Fact]
    public async Task A_webhook_for_an_unknown_tenant_is_a_404_problem_saying_to_connect_the_account()
    {
        var tenant = Guid.NewGuid();
        var problem = await SendAsync(HttpMethod.Post, $"/api/chatwoot/bot/{tenant}", """{"event":"message_created"}""", "application/json");

        Assert.Equal((404, "Unknown tenant"), (problem.Status, problem.Title));
        Assert.Contains(tenant.ToString(), problem.Detail);
        Assert.Contains("/api/tenants/connect", problem.Detail);
    }

    [Fact]
    public async Task Connecting_an_unreachable_Chatwoot_answers_502_naming_its_URL_fast()
    {
        var unreachable = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        var clock = Stopwatch.StartNew();

        var problem = await SendAsync(HttpMethod.Post, "/api/tenants/connect", ConnectBody(unreachable, 1, "token"), "application/json");

        Assert.Equal(502, problem.Status);
        Assert.Contains(unreachable, problem.Detail);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        var logged = Assert.Single(_logs.Entries, e => e.Message.Contains(unreachable));
        Assert.Equal((LogLevel.Warning, null), (logged.Level, logged.Exception));
    }

    [Fact]
    public async Task Connecting_a_failing_Chatwoot_answers_502_with_what_it_answered()
    {
        await using var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions());
        var account = chatwoot.CreateAccount("Failing");
        var admin = chatwoot.CreateUser(account.Id, "Ada", "ada@failing.example", "administrator");
        chatwoot.Faults.FailAlways("GET inboxes", FakeFault.ServerError);

        var problem = await SendAsync(HttpMethod.Post, "/api/tenants/connect",
            ConnectBody(chatwoot.BaseUrl.ToString().TrimEnd('/'), account.Id, admin.AccessToken), "application/json");

        Assert.Equal(502, problem.Status);
        Assert.Contains(chatwoot.BaseUrl.ToString().TrimEnd('/'), problem.Detail);
        Assert.Contains("500", problem.Detail);
    }

    private string Route(string route) => route.StartsWith("/tenants") || route.StartsWith("/admin") ? "/api" + route : _project.Path + route;

    private static string ConnectBody(string baseUrl, long accountId, string token) => JsonSerializer.Serialize(new
    {
        chatwootBaseUrl = baseUrl, accountId, userToken = token, projects = new[] { new { name = "Support", inboxId = 1 } },
    });

    private async Task<Problem> SendAsync(HttpMethod method, string path, string? body = null, string? mediaType = null)
    {
        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType!));
        }

        using var response = await client.SendAsync(request);
        return await Problem.ReadAsync(response);
    }
}

/// <summary>The RFC 7807 fields of a response, which must be <c>application/problem+json</c>.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, string? Field)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        string? Text(string name) => json.TryGetProperty(name, out var value) ? value.GetString() : null;
        Assert.Equal((int)response.StatusCode, json.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Implicit body", body);
        return new Problem(json.GetProperty("status").GetInt32(), Text("title"), Text("detail"), Text("field"));
    }
}
