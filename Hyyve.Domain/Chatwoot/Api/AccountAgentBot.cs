namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>An agent bot in the Application API's list; token and secret are shown to an administrator of the bot's account.</summary>
public sealed record AccountAgentBot(long Id, string? Name, string? OutgoingUrl, string? AccessToken, string? Secret);
