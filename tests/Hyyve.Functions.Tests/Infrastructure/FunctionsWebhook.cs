using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>Sends webhooks to the <c>ChatwootBotWebhook</c> function signed the way Chatwoot signs them.</summary>
public static class FunctionsWebhook
{
    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(FunctionsWorld world, string body, string deliveryId,
        string? secret = null)
    {
        using var client = world.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/chatwoot/bot/{world.TenantId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Chatwoot-Delivery", deliveryId);
        request.Headers.Add("X-Chatwoot-Timestamp", ts);
        request.Headers.Add("X-Chatwoot-Signature", WebhookSignature.Compute(secret ?? world.Bot.Secret!, ts, Encoding.UTF8.GetBytes(body)));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <c>message_created</c> body the fake Chatwoot sent for <paramref name="messageId"/>, altered by <paramref name="change"/>.</summary>
    public static string Variant(FunctionsWorld world, int messageId, Action<JsonObject> change)
    {
        var json = world.Chatwoot.Deliveries.First(d => d.MessageId == messageId && d.Event == "message_created").Json;
        change(json);
        return json.ToJsonString();
    }
}
