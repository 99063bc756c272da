using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>The Lumora sample loads through the documents API and answers a newcomer's common questions.</summary>
public sealed class DemoHelpCenterTests
{
    [Theory]
    [InlineData("How long do refunds take?", "refund-policy")]
    [InlineData("how do I turn on two-factor authentication?", "two-factor")]
    [InlineData("Can I link pull requests to tasks?", "github-integration")]
    [InlineData("Do guests count as paid seats?", "invite-teammates")]
    [InlineData("What happens when a payment fails?", "payment-methods")]
    public async Task Common_questions_are_answered_from_the_right_article(string question, string article)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(question);

        Assert.Equal("answer", body.GetProperty("decision").GetString());
        Assert.Equal(article, body.GetProperty("citations")[0].GetProperty("externalId").GetString());
        Assert.Contains($"https://help.lumora.example/articles/{article}", body.GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("What's the weather tomorrow in Paris?")]
    [InlineData("Which restaurant serves the best sushi in Tokyo?")]
    [InlineData("Who won the football match last night?")]
    public async Task Off_topic_questions_are_handed_off(string question)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(question);

        Assert.Equal("handoff", body.GetProperty("decision").GetString());
    }

    private static TestServer? _server;
    private static KnowledgeProject? _project;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static async Task<KnowledgeProject> LoadedProjectAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_project is null)
            {
                _server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kdemo"));
                _project = await KnowledgeProject.CreateAsync(_server, "lumora");
                var file = Path.Combine(RepositoryRoot(), "samples", "demo-helpcenter", "documents.json");
                using var content = new StringContent(await File.ReadAllTextAsync(file), System.Text.Encoding.UTF8, "application/json");
                var response = await _project.Client.PostAsync($"{_project.Path}/documents", content);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(29, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32());
            }

            return _project;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hyyve.sln not found above the test binaries.");
    }
}
