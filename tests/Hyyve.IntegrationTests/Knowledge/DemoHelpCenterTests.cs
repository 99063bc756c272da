using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>
/// The Lumora sample, loaded through the documents API with the product's default local embedding model, answers
/// everyday customer wording (synonyms, typos, lower case, follow-ups) from the right article and hands off what it
/// does not cover. The full measurement is <c>Hyyve.Eval helpcenter</c>; these cases guard its main behaviours.
/// </summary>
public sealed class DemoHelpCenterTests
{
    [Theory]
    [InlineData("How long do refunds take?", "refund-policy", "5 to 10 business days")]
    [InlineData("how long until i get my money back", "refund-policy", "5 to 10 business days")]
    [InlineData("how do I turn on two-factor authentication?", "two-factor", "Profile › Security")]
    [InlineData("Can I link pull requests to tasks?", "github-integration", "GitHub")]
    [InlineData("do guests count as paid seats", "invite-teammates", "Guests")]
    [InlineData("pasword reset link isnt working anymore", "reset-password", "link")]
    [InlineData("how do i invite someone to lumora", "invite-teammates", "Settings › Members")]
    public async Task Everyday_questions_are_answered_from_the_right_article(string question, string article, string fact)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(question);

        Assert.Equal("answer", body.GetProperty("decision").GetString());
        Assert.Equal(article, Assert.Single(body.GetProperty("citations").EnumerateArray()).GetProperty("externalId").GetString());
        Assert.Contains(fact, body.GetProperty("answer").GetString());
        Assert.Contains($"https://help.lumora.example/articles/{article}", body.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_follow_up_is_answered_about_the_previous_question_and_a_new_question_on_its_own()
    {
        var project = await LoadedProjectAsync();

        var followUp = await project.AskAsync("and how long does that take?", ("customer", "can I get a refund on a yearly plan?"));
        var fresh = await project.AskAsync("how do i turn on 2fa", ("customer", "can I get a refund on a yearly plan?"));

        Assert.Equal("refund-policy", followUp.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
        Assert.Equal("two-factor", fresh.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
        Assert.DoesNotContain(fresh.GetProperty("retrieved").EnumerateArray().Take(3), r => r.GetProperty("externalId").GetString() == "refund-policy");
    }

    [Fact]
    public async Task A_follow_up_about_the_same_thing_is_answered_with_something_the_reply_before_did_not_say()
    {
        var project = await LoadedProjectAsync();
        const string setUp = "Open Settings › Integrations › GitHub, install the Lumora GitHub app and choose the repositories to link.";

        var body = await project.AskAsync("and does it close tasks automatically?", ("customer", "how do i connect github"), ("agent", $"{setUp} [1]"));

        Assert.Equal("answer", body.GetProperty("decision").GetString()); // "github" was named in the turn before
        Assert.Equal("github-integration", Assert.Single(body.GetProperty("citations").EnumerateArray()).GetProperty("externalId").GetString());
        Assert.DoesNotContain(setUp, body.GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("What's the weather tomorrow in Paris?")]
    [InlineData("Which restaurant serves the best sushi in Tokyo?")]
    [InlineData("Who won the football match last night?")]
    [InlineData("can i sync my outlook calendar")]
    [InlineData("can i import from jira")]
    public async Task Off_topic_questions_and_neighbours_of_a_covered_topic_are_handed_off_as_missing_knowledge(string question)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(question);

        Assert.Equal("handoff", body.GetProperty("decision").GetString());
        Assert.Equal("missing_knowledge", body.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("get me a real agent")]
    [InlineData("this bot is useless, person please")]
    [InlineData("a real person")]
    [InlineData("let me speak with your support staff")]
    public async Task A_request_for_a_human_in_any_wording_hands_off_without_searching_its_words(string question)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(question);

        Assert.Equal("handoff", body.GetProperty("decision").GetString());
        Assert.Equal("customer_request", body.GetProperty("reason").GetString());
        Assert.Equal(0, body.GetProperty("retrieved").GetArrayLength());
    }

    [Theory]
    [InlineData("Hi there!", "help")]
    [InlineData("thanks, that's all", "day")]
    [InlineData("hey, are you there?", "help")]
    public async Task Greetings_and_thanks_get_a_short_reply_without_citations(string message, string word)
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync(message);

        Assert.Equal("smalltalk", body.GetProperty("decision").GetString());
        Assert.Contains(word, body.GetProperty("answer").GetString());
        Assert.Equal(0, body.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Going_along_with_an_answer_gets_a_short_reply_not_the_previous_answer_again()
    {
        var project = await LoadedProjectAsync();

        var body = await project.AskAsync("ok sounds good, i'll take it", ("customer", "can I get a refund on a yearly plan?"));

        Assert.Equal("smalltalk", body.GetProperty("decision").GetString());
        Assert.Contains("anything else", body.GetProperty("answer").GetString());
        Assert.Equal(0, body.GetProperty("citations").GetArrayLength());
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
                _server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kdemo"), new Dictionary<string, string?>(TestServer.LocalModel));
                _project = await KnowledgeProject.CreateAsync(_server, "lumora");
                var file = Path.Combine(RepositoryRoot(), "samples", "demo-helpcenter", "documents.json");
                using var content = new StringContent(await File.ReadAllTextAsync(file), System.Text.Encoding.UTF8, "application/json");
                var response = await _project.Client.PostAsync($"{_project.Path}/documents", content);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(29, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32());
                await _project.WaitForEmbeddingsAsync();
            }

            return _project;
        }
        finally
        {
            Gate.Release();
        }
    }

    internal static string RepositoryRoot()
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
