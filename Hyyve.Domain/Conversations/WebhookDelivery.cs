namespace Hyyve.Domain.Conversations;

/// <summary>A webhook as received: the raw body (signatures cover raw bytes) and the headers that matter.</summary>
public sealed record WebhookDelivery(
    Guid TenantId,
    ReadOnlyMemory<byte> Body,
    string? Signature,
    string? Timestamp,
    string? DeliveryId,
    string? UrlToken)
{
    /// <summary>Builds a delivery from a host's request: <paramref name="header"/> returns a header's value or null;
    /// <paramref name="urlToken"/> is the <c>token</c> query parameter of unsigned (Chatwoot &lt; 4.13) tenants.</summary>
    public static WebhookDelivery FromRequest(Guid tenantId, ReadOnlyMemory<byte> body, Func<string, string?> header, string? urlToken) =>
        new(tenantId, body, header("X-Chatwoot-Signature"), header("X-Chatwoot-Timestamp"), header("X-Chatwoot-Delivery"), urlToken);
}
