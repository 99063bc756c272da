using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Hyyve.FakeChatwoot;

namespace Hyyve.IntegrationTests.Chatwoot;

/// <summary>The Refit interfaces against the fake Chatwoot: routes, token header, snake_case bodies, response shapes.</summary>
public sealed class ChatwootApiTests : IAsyncLifetime
{
    private FakeChatwootServer _chatwoot = null!;
    private readonly ChatwootClients _clients = ChatwootClients.Create(new Dictionary<string, string?> { ["Chatwoot:RequestTimeout"] = "00:00:10" });

    public async Task InitializeAsync() => _chatwoot = await FakeChatwootServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _clients.DisposeAsync();
        await _chatwoot.DisposeAsync();
    }

    [Fact]
    public async Task A_message_is_created_with_its_attributes_and_found_again_in_the_message_list()
    {
        var account = _chatwoot.CreateAccount("Acme");
        var admin = _chatwoot.CreateUser(account.Id, "Ada", "ada@acme.example");
        var inbox = _chatwoot.CreateWebWidgetInbox(account.Id, "Web");
        var conversation = _chatwoot.StartConversation(account.Id, inbox.Id);
        var first = _chatwoot.CustomerSays(account.Id, conversation.DisplayId, "hello");
        var user = new ChatwootAccount(_chatwoot.BaseUrl, account.Id, admin.AccessToken);

        var created = await _clients.Application.CreateMessageAsync(user, conversation.DisplayId,
            new NewMessage("Hi there", Private: true, new JsonObject { ["hyyve"] = new JsonObject { ["answer_id"] = "a-1" } }), default);
        var listed = await _clients.Application.ListMessagesAsync(user, conversation.DisplayId, first.Id, default);

        var stored = Assert.Single(_chatwoot.Messages(account.Id, conversation.DisplayId), m => m.Id == created.Id);
        Assert.Equal("Hi there", stored.Content);
        Assert.True(stored.Private);
        Assert.Equal("outgoing", stored.MessageType);
        var found = Assert.Single(listed.Payload, m => m.Id == created.Id);
        Assert.True(found.Private);
        Assert.Equal("a-1", found.ContentAttributes.GetProperty("hyyve").GetProperty("answer_id").GetString());
        var request = _chatwoot.Requests.Last(r => r.Method == "GET" && r.Path.EndsWith("/messages"));
        Assert.Equal($"?after={first.Id}", request.QueryString);
        Assert.Equal("user", request.TokenKind);
    }

    [Fact]
    public async Task A_bot_is_created_updated_and_attached_to_an_inbox()
    {
        var account = _chatwoot.CreateAccount("Acme");
        var admin = _chatwoot.CreateUser(account.Id, "Ada", "ada@acme.example");
        var inbox = _chatwoot.CreateWebWidgetInbox(account.Id, "Web");
        var user = new ChatwootAccount(_chatwoot.BaseUrl, account.Id, admin.AccessToken);

        var bot = await _clients.Application.CreateAgentBotAsync(user, new NewAgentBot("Hyyve", "answers", "https://hyyve.example/a"), default);
        await _clients.Application.UpdateAgentBotAsync(user, bot.Id, new AgentBotUpdate("https://hyyve.example/b"), default);
        await _clients.Application.SetAgentBotAsync(user, inbox.Id, new AgentBotAssignment(bot.Id), default);
        var inboxes = await _clients.Application.ListInboxesAsync(user, default);

        Assert.NotNull(bot.AccessToken);
        Assert.NotNull(bot.Secret);
        Assert.Equal("https://hyyve.example/b", _chatwoot.AgentBot((int)bot.Id)!.OutgoingUrl);
        Assert.Equal((int)bot.Id, _chatwoot.Inbox(inbox.Id).AgentBotId);
        Assert.Contains(inboxes.Payload, i => i.Id == inbox.Id);
    }

    [Fact]
    public async Task The_bot_token_opens_a_pending_conversation()
    {
        var account = _chatwoot.CreateAccount("Acme");
        var inbox = _chatwoot.CreateWebWidgetInbox(account.Id, "Web");
        var bot = _chatwoot.CreateAgentBot(account.Id, "Hyyve", "https://hyyve.example/a");
        _chatwoot.SetAgentBot(inbox.Id, bot.Id);
        var conversation = _chatwoot.StartConversation(account.Id, inbox.Id);

        await _clients.Application.ToggleStatusAsync(new ChatwootAccount(_chatwoot.BaseUrl, account.Id, bot.AccessToken), conversation.DisplayId,
            new StatusChange("open"), default);

        Assert.Equal("open", _chatwoot.Conversation(account.Id, conversation.DisplayId).Status);
        Assert.Equal("agent_bot", _chatwoot.Requests.Last().TokenKind);
    }

    [Fact]
    public async Task A_refusal_is_an_upstream_exception_with_Chatwoots_status_and_words()
    {
        var account = _chatwoot.CreateAccount("Acme");

        var refused = await Assert.ThrowsAsync<UpstreamException>(() =>
            _clients.Application.ListInboxesAsync(new ChatwootAccount(_chatwoot.BaseUrl, account.Id, "wrong-token"), default));

        Assert.Equal(401, refused.StatusCode);
        Assert.Contains("Invalid Access Token", refused.Message);
        Assert.Contains("GET /inboxes", refused.Message);
    }

    [Fact]
    public async Task The_platform_api_provisions_an_account_with_an_administrator()
    {
        var platform = new ChatwootPlatform(_chatwoot.BaseUrl, _chatwoot.PlatformToken);

        var account = await _clients.Platform.CreateAccountAsync(platform, new NewPlatformAccount("Tenant A"), default);
        var user = await _clients.Platform.CreateUserAsync(platform, new NewPlatformUser("Tenant Admin", "admin@tenant-a.example", "Passw0rd!"), default);
        var membership = await _clients.Platform.UpsertAccountUserAsync(platform, account.Id, new AccountUserRole(user.Id, "administrator"), default);
        var again = await _clients.Platform.UpsertAccountUserAsync(platform, account.Id, new AccountUserRole(user.Id, "administrator"), default);
        var members = await _clients.Platform.ListAccountUsersAsync(platform, account.Id, default);
        var fetched = await _clients.Platform.GetAccountAsync(platform, account.Id, default);

        Assert.Equal("Tenant A", fetched.Name);
        Assert.False(string.IsNullOrEmpty(user.AccessToken));
        Assert.Equal(membership.Id, again.Id);
        var member = Assert.Single(members);
        Assert.Equal((user.Id, "administrator"), (member.UserId, member.Role));
        Assert.Equal((int)user.Id, (await _clients.Platform.GetUserAsync(platform, user.Id, default)).Id);
        Assert.All(_chatwoot.Requests, r => Assert.Equal("platform_app", r.TokenKind));
    }

    [Fact]
    public async Task An_unreachable_installation_is_an_upstream_exception_without_a_status()
    {
        var closed = new ChatwootAccount(new Uri($"http://127.0.0.1:{Infrastructure.ServerProcess.FreePort()}/"), 1, "t");

        var failed = await Assert.ThrowsAsync<UpstreamException>(() => _clients.Application.ListInboxesAsync(closed, default));

        Assert.Null(failed.StatusCode);
        Assert.IsType<HttpRequestException>(failed.InnerException);
        Assert.Contains("GET /inboxes", failed.Message);
    }

    [Fact]
    public async Task A_path_prefix_of_the_installation_is_kept()
    {
        var target = new ChatwootAccount(new Uri(_chatwoot.BaseUrl, "chatwoot/"), 7, "t");

        var missing = await Assert.ThrowsAsync<UpstreamException>(() => _clients.Application.ListInboxesAsync(target, default));

        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("/chatwoot/api/v1/accounts/7/inboxes", _chatwoot.Requests.Last().Path);
    }
}
