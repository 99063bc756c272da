namespace Hyyve.Domain.Conversations;

/// <summary>A webhook as received: the raw body (signatures cover raw bytes) and the headers that matter.</summary>
public sealed record WebhookDelivery(
    Guid TenantId,
    ReadOnlyMemory<byte> Body,
    string? Signature,
    string? Timestamp,
    string? DeliveryId,
    string? UrlToken);
