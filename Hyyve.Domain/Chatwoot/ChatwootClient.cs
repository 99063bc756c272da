using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Errors;
using Polly;

namespace Hyyve.Domain.Chatwoot;

/// <summary>Typed client for the Chatwoot Application API calls Hyyve makes, one small method per call.</summary>
public sealed class ChatwootClient(HttpClient http, ChatwootResilience resilience)
{
    /// <summary>Posts a message (bot token). Not idempotent: see <see cref="ChatwootResilience"/>.</summary>
    public async Task<long> CreateMessageAsync(ChatwootAccount account, long conversationId, string content, bool isPrivate,
        JsonObject contentAttributes, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["content"] = content,
            ["message_type"] = "outgoing",
            ["private"] = isPrivate,
            ["content_type"] = "text",
            ["content_attributes"] = contentAttributes,
        };
        var json = await SendAsync(resilience.NonIdempotent, HttpMethod.Post, account, $"conversations/{conversationId}/messages", body, cancellationToken);
        return json.GetProperty("id").GetInt64();
    }

    /// <summary>Sets the status (bot token). <c>open</c> on a pending conversation is Chatwoot's bot handoff.</summary>
    public Task ToggleStatusAsync(ChatwootAccount account, long conversationId, string status, CancellationToken cancellationToken) =>
        SendAsync(resilience.Idempotent, HttpMethod.Post, account, $"conversations/{conversationId}/toggle_status",
            new JsonObject { ["status"] = status }, cancellationToken);

    /// <summary>Messages after <paramref name="afterId"/> (user token only; bots may not list messages).</summary>
    public async Task<IReadOnlyList<JsonElement>> ListMessagesAsync(ChatwootAccount userAccount, long conversationId, long afterId,
        CancellationToken cancellationToken)
    {
        var json = await SendAsync(resilience.Idempotent, HttpMethod.Get, userAccount,
            $"conversations/{conversationId}/messages?after={afterId}", null, cancellationToken);
        return json.GetProperty("payload").EnumerateArray().Select(m => m.Clone()).ToList();
    }

    public async Task<ChatwootBot> CreateAgentBotAsync(ChatwootAccount userAccount, string name, string outgoingUrl, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["description"] = "Answers from the knowledge base with citations; hands off to a human when unsure (Hyyve).",
            ["outgoing_url"] = outgoingUrl,
            ["bot_type"] = "webhook",
        };
        return ChatwootBot.From(await SendAsync(resilience.NonIdempotent, HttpMethod.Post, userAccount, "agent_bots", body, cancellationToken));
    }

    public async Task<ChatwootBot> UpdateAgentBotAsync(ChatwootAccount userAccount, long botId, string outgoingUrl, CancellationToken cancellationToken) =>
        ChatwootBot.From(await SendAsync(resilience.Idempotent, HttpMethod.Patch, userAccount, $"agent_bots/{botId}",
            new JsonObject { ["outgoing_url"] = outgoingUrl }, cancellationToken));

    public async Task<IReadOnlyList<long>> ListInboxIdsAsync(ChatwootAccount userAccount, CancellationToken cancellationToken)
    {
        var json = await SendAsync(resilience.Idempotent, HttpMethod.Get, userAccount, "inboxes", null, cancellationToken);
        return json.GetProperty("payload").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
    }

    public Task SetAgentBotAsync(ChatwootAccount userAccount, long inboxId, long botId, CancellationToken cancellationToken) =>
        SendAsync(resilience.Idempotent, HttpMethod.Post, userAccount, $"inboxes/{inboxId}/set_agent_bot",
            new JsonObject { ["agent_bot"] = botId }, cancellationToken);

    private async Task<JsonElement> SendAsync(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMethod method, ChatwootAccount account,
        string relative, JsonObject? body, CancellationToken cancellationToken)
    {
        using var response = await pipeline.ExecuteAsync(async token =>
        {
            // A request message can be sent once, so each attempt builds its own.
            using var request = new HttpRequestMessage(method, account.Url(relative));
            request.Options.Set(ChatwootTokenHandler.TokenKey, account.Token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            return await http.SendAsync(request, token);
        }, cancellationToken);

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new UpstreamException("Chatwoot", (int)response.StatusCode,
                $"Chatwoot answered {(int)response.StatusCode} to {method} {relative}: {Shorten(text)}");
        }

        // Several Chatwoot endpoints answer 200 with an empty body.
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text.Trim() : text[..300] + "…";
}
