using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary><c>POST /api/tenants/connect</c> against the fake Chatwoot's Application API.</summary>
public sealed class ConnectTests : IAsyncLifetime
{
    private FakeChatwootServer _chatwoot = null!;
    private TestServer _hyyve = null!;
    private FakeAccount _account = null!;
    private FakeUser _admin = null!;
    private FakeInbox _inboxA = null!;
    private FakeInbox _inboxB = null!;
    private string _database = null!;

    public async Task InitializeAsync()
    {
        _chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { RetryDelay = TimeSpan.FromMilliseconds(100) });
        _account = _chatwoot.CreateAccount("Acme");
        _admin = _chatwoot.CreateUser(_account.Id, "Ada Admin", "ada@acme.example", "administrator");
        _inboxA = _chatwoot.CreateWebWidgetInbox(_account.Id, "Website");
        _inboxB = _chatwoot.CreateWebWidgetInbox(_account.Id, "Partners");
        _database = TestPostgres.CreateDatabase("connect");
        _hyyve = await TestServer.StartAsync(_database,
            new Dictionary<string, string?> { ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]) });
    }

    [Fact]
    public async Task Connecting_twice_keeps_one_tenant_one_bot_and_shows_the_tenant_key_once()
    {
        var first = await ConnectAsync(Projects(_inboxA));
        var second = await ConnectAsync(Projects(_inboxA));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body.GetProperty("tenantId").GetGuid(), second.Body.GetProperty("tenantId").GetGuid());
        Assert.Equal(first.Body.GetProperty("projects")[0].GetProperty("id").GetGuid(), second.Body.GetProperty("projects")[0].GetProperty("id").GetGuid());
        var bot = Assert.Single(_chatwoot.AgentBots(_account.Id));
        Assert.Equal(first.Body.GetProperty("webhookUrl").GetString(), bot.OutgoingUrl);
        Assert.StartsWith("hyv_", first.Body.GetProperty("tenantApiKey").GetString());
        Assert.Equal(JsonValueKind.Null, second.Body.GetProperty("tenantApiKey").ValueKind);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_creates_nothing()
    {
        var unknownInbox = await ConnectAsync(new[] { new { name = "Ghost", inboxId = 999 } });
        var wrongToken = await ConnectAsync(Projects(_inboxA), userToken: "not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, unknownInbox.Status);
        Assert.Equal("projects[0].inboxId", unknownInbox.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.Status);
        Assert.Equal("userToken", wrongToken.Body.GetProperty("field").GetString());
        Assert.Empty(_chatwoot.AgentBots(_account.Id));
    }

    [Fact]
    public async Task Chatwoot_tokens_and_the_bot_secret_are_stored_encrypted()
    {
        var connected = await ConnectAsync(Projects(_inboxA));
        var bot = Assert.Single(_chatwoot.AgentBots(_account.Id));

        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT t::text, user_token_enc, bot_token_enc, bot_secret_enc FROM hyyve.tenants t WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", connected.Body.GetProperty("tenantId").GetGuid());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        var row = reader.GetString(0);
        var protector = _hyyve.Get<Hyyve.Domain.Tenancy.SecretProtector>();
        foreach (var (column, plaintext) in new[] { (1, _admin.AccessToken), (2, bot.AccessToken), (3, bot.Secret!) })
        {
            var stored = reader.GetFieldValue<byte[]>(column);
            Assert.DoesNotContain(plaintext, row);
            Assert.DoesNotContain(plaintext, System.Text.Encoding.UTF8.GetString(stored));
            Assert.Equal(plaintext, protector.Unprotect(stored));
        }
    }

    [Fact]
    public async Task An_existing_bot_with_a_secret_is_reused_and_its_secret_checks_the_deliveries()
    {
        var existing = _chatwoot.CreateAgentBot(_account.Id, "Existing", outgoingUrl: null, withSecret: true);
        var connected = await ConnectAsync(Projects(_inboxA),
            existingBot: new { id = existing.Id, accessToken = existing.AccessToken, secret = existing.Secret });
        await LoadKnowledgeAsync(connected.Body);
        existing.OutgoingUrl = connected.Body.GetProperty("webhookUrl").GetString();

        var conversation = _chatwoot.StartConversation(_account.Id, _inboxA.Id);
        _chatwoot.CustomerSays(_account.Id, conversation.DisplayId, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => BotReplies(conversation).Count == 1, BotLoopWorld.Wait, "the existing bot answered");

        Assert.Equal(existing.Id, connected.Body.GetProperty("botId").GetInt32());
        Assert.Equal(existing.Id, Assert.Single(_chatwoot.AgentBots(_account.Id)).Id);
        Assert.Equal(existing.Id, _chatwoot.Messages(_account.Id, conversation.DisplayId).Single(m => m.IsFromBot && !m.Private).SenderId);

        // The secret Hyyve stored is the one given: a delivery signed with another is refused.
        existing.Secret = "rotated-in-chatwoot-but-not-in-hyyve";
        var refused = _chatwoot.StartConversation(_account.Id, _inboxA.Id);
        _chatwoot.CustomerSays(_account.Id, refused.DisplayId, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => _chatwoot.Deliveries.Any(d => d.ConversationDisplayId == refused.DisplayId && d.StatusCode == 401),
            BotLoopWorld.Wait, "a delivery signed with another secret was refused");
        Assert.Empty(BotReplies(refused));
    }

    [Fact]
    public async Task An_unsigned_legacy_bot_is_accepted_only_with_the_token_in_its_webhook_url()
    {
        var legacyBot = _chatwoot.CreateAgentBot(_account.Id, "Legacy", outgoingUrl: null, withSecret: false);
        var connected = await ConnectAsync(Projects(_inboxA), existingBot: new { id = legacyBot.Id, accessToken = legacyBot.AccessToken }, unsigned: true);
        var webhookUrl = connected.Body.GetProperty("webhookUrl").GetString()!;
        Assert.Contains("?token=", webhookUrl);
        await LoadKnowledgeAsync(connected.Body);

        legacyBot.OutgoingUrl = webhookUrl;
        var conversation = _chatwoot.StartConversation(_account.Id, _inboxA.Id);
        _chatwoot.CustomerSays(_account.Id, conversation.DisplayId, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => BotReplies(conversation).Count == 1, BotLoopWorld.Wait, "the unsigned bot answered");

        legacyBot.OutgoingUrl = webhookUrl[..webhookUrl.IndexOf('?')] + "?token=guessed";
        var refused = _chatwoot.StartConversation(_account.Id, _inboxA.Id);
        _chatwoot.CustomerSays(_account.Id, refused.DisplayId, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => _chatwoot.Deliveries.Any(d => d.ConversationDisplayId == refused.DisplayId && d.StatusCode == 401),
            BotLoopWorld.Wait, "the wrong URL token was refused");
        Assert.Empty(BotReplies(refused));
    }

    [Fact]
    public async Task A_question_in_one_inbox_is_never_answered_from_another_projects_knowledge()
    {
        var connected = await ConnectAsync(Projects(_inboxA, _inboxB));
        var projectB = connected.Body.GetProperty("projects")[1];
        await LoadKnowledgeAsync(connected.Body, projectIndex: 1);

        var inA = _chatwoot.StartConversation(_account.Id, _inboxA.Id);
        _chatwoot.CustomerSays(_account.Id, inA.DisplayId, KnowledgeFixture.PasswordQuestion);
        var inB = _chatwoot.StartConversation(_account.Id, _inboxB.Id);
        _chatwoot.CustomerSays(_account.Id, inB.DisplayId, KnowledgeFixture.PasswordQuestion);

        await Eventually.TrueAsync(() => BotReplies(inB).Count == 1 && _chatwoot.Conversation(_account.Id, inA.DisplayId).Status == "open",
            BotLoopWorld.Wait, "B answered from its knowledge and A, which has none, handed off");
        Assert.Contains("[1]", BotReplies(inB)[0].Content);
        // The project id connect returned for inbox B is the one whose knowledge answered there, and A's record names A.
        Assert.Equal(projectB.GetProperty("id").GetGuid(), await ProjectThatAnsweredAsync(inB));
        Assert.Equal(connected.Body.GetProperty("projects")[0].GetProperty("id").GetGuid(), await ProjectThatAnsweredAsync(inA));
        Assert.DoesNotContain(BotReplies(inA), m => m.Content!.Contains("Settings"));
    }

    private async Task<Guid> ProjectThatAnsweredAsync(FakeConversation conversation)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT DISTINCT project_id FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = @id", connection);
        command.Parameters.AddWithValue("id", (long)conversation.DisplayId);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private IReadOnlyList<FakeMessage> BotReplies(FakeConversation conversation) =>
        _chatwoot.Messages(_account.Id, conversation.DisplayId).Where(m => m.IsFromBot && !m.Private).ToList();

    private static object[] Projects(params FakeInbox[] inboxes) =>
        inboxes.Select(i => (object)new { name = i.Name, inboxId = i.Id }).ToArray();

    private async Task<(HttpStatusCode Status, JsonElement Body)> ConnectAsync(object[] projects, string? userToken = null,
        object? existingBot = null, bool unsigned = false)
    {
        using var client = _hyyve.CreateClient();
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            chatwootBaseUrl = _chatwoot.BaseUrl.ToString(),
            accountId = _account.Id,
            userToken = userToken ?? _admin.AccessToken,
            projects,
            existingBot,
            unsigned,
        });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task LoadKnowledgeAsync(JsonElement connected, int projectIndex = 0)
    {
        using var client = _hyyve.CreateClient();
        var projectId = connected.GetProperty("projects")[projectIndex].GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/projects/{projectId}/documents", new { documents = KnowledgeFixture.Documents })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await _hyyve.DisposeAsync();
        await _chatwoot.DisposeAsync();
    }
}
