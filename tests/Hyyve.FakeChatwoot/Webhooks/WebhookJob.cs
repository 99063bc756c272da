namespace Hyyve.FakeChatwoot.Webhooks;

/// <summary>One event for one bot: the AgentBots::WebhookJob arguments, fixed when the event fires.</summary>
internal sealed record WebhookJob(
    int BotId,
    string Url,
    string? Secret,
    string Event,
    string DeliveryId,
    string Body,
    int AccountId,
    int? ConversationDisplayId,
    int? MessageId);
