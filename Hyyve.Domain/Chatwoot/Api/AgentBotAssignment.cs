namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of <c>set_agent_bot</c>: the bot to attach, or null to detach.</summary>
public sealed record AgentBotAssignment(long? AgentBot);
