using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.Domain.Tenancy;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>A tenant with one project on a running server, and a client holding that tenant's key.</summary>
public sealed record KnowledgeProject(Guid TenantId, Guid ProjectId, HttpClient Client)
{
    public string Path => $"/api/projects/{ProjectId}";

    public static async Task<KnowledgeProject> CreateAsync(TestServer server, string name = "help center", double? threshold = null)
    {
        var projects = server.Get<ProjectStore>();
        var tenantId = await projects.CreateTenantAsync($"tenant of {name}", CancellationToken.None);
        var project = await projects.CreateProjectAsync(tenantId, name, CancellationToken.None, threshold);
        var key = await server.Get<ApiKeyStore>().CreateAsync(ApiKeyScope.Tenant, tenantId, "test", CancellationToken.None);
        return new KnowledgeProject(tenantId, project.Id, server.CreateClient(key));
    }

    public Task<HttpResponseMessage> PostDocumentsAsync(params object[] documents) =>
        Client.PostAsJsonAsync($"{Path}/documents", new { documents });

    /// <summary>Waits (bounded) until the embedding job has given every chunk its vector.</summary>
    public async Task WaitForEmbeddingsAsync(TimeSpan? timeout = null)
    {
        await Eventually.TrueAsync(async () =>
            {
                var listing = await ListAsync();
                return listing.GetProperty("chunks").GetInt32() > 0
                       && listing.GetProperty("embeddedChunks").GetInt32() == listing.GetProperty("chunks").GetInt32()
                       && listing.GetProperty("sentenceEmbeddedChunks").GetInt32() == listing.GetProperty("chunks").GetInt32()
                       && listing.GetProperty("embedding").GetString() == "done";
            }, timeout ?? TimeSpan.FromSeconds(180), "every chunk and its sentences have their embeddings");
    }

    public async Task<JsonElement> ListAsync() => await Client.GetFromJsonAsync<JsonElement>($"{Path}/documents");

    public async Task<JsonElement> AskAsync(string question, params (string Role, string Text)[] history)
    {
        var response = await Client.PostAsJsonAsync($"{Path}/ask",
            new { question, history = history.Select(h => new { role = h.Role, text = h.Text }) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> SearchAsync(string q) =>
        await Client.GetFromJsonAsync<JsonElement>($"{Path}/search?q={Uri.EscapeDataString(q)}&k=10");

    public static object Doc(string externalId, string title, string content, string contentType = "markdown", string? url = null,
        object? metadata = null) => new { externalId, title, content, contentType, url, metadata };
}
