namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of an account-scoped agent bot create (CONTRACT §5.11).</summary>
public sealed record NewAgentBot(string Name, string Description, string OutgoingUrl)
{
    public string BotType { get; init; } = "webhook";
}
