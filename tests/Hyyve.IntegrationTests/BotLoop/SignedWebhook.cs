using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>Sends hand-made webhooks to Hyyve the way Chatwoot signs them, to probe what intake accepts.</summary>
public static class SignedWebhook
{
    public static async Task<HttpStatusCode> SendAsync(BotLoopWorld world, string body, string? secret = null, long? timestamp = null,
        string? deliveryId = null, string? signatureOverride = null)
    {
        using var client = world.Hyyve.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/chatwoot/bot/{world.TenantId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString();
        request.Headers.Add("X-Chatwoot-Delivery", deliveryId ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Chatwoot-Timestamp", ts);
        request.Headers.Add("X-Chatwoot-Signature",
            signatureOverride ?? WebhookSignature.Compute(secret ?? world.Bot.Secret!, ts, Encoding.UTF8.GetBytes(body)));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A real message_created body Chatwoot sent for <paramref name="messageId"/>, altered by <paramref name="change"/>.</summary>
    public static string Variant(BotLoopWorld world, int messageId, Action<JsonObject> change)
    {
        var delivery = world.Chatwoot.Deliveries.First(d => d.MessageId == messageId && d.Event == "message_created");
        var json = delivery.Json;
        change(json);
        return json.ToJsonString();
    }
}
