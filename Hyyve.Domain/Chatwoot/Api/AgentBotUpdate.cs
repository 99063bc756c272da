namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of an agent bot <c>PATCH</c>: where its webhooks go.</summary>
public sealed record AgentBotUpdate(string OutgoingUrl);
