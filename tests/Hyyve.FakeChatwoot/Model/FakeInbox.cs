namespace Hyyve.FakeChatwoot;

/// <summary>An inbox (web widget or API channel) and its agent_bot_inboxes link.</summary>
public sealed class FakeInbox
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required int ChannelId { get; init; }
    public required string Name { get; set; }

    /// <summary><c>Channel::WebWidget</c> or <c>Channel::Api</c>.</summary>
    public required string ChannelType { get; init; }
    public string? WebsiteUrl { get; init; }
    public string WidgetColor { get; init; } = "#1f93ff";
    public string WelcomeTitle { get; init; } = "";
    public string WelcomeTagline { get; init; } = "";
    public required string WebsiteToken { get; init; }
    public required string HmacToken { get; init; }
    public bool EnableEmailCollect { get; init; } = true;
    public bool GreetingEnabled { get; init; }
    public string? GreetingMessage { get; init; }
    public bool EnableAutoAssignment { get; init; } = true;

    /// <summary>The bot of the active agent_bot_inboxes row, if any.</summary>
    public int? AgentBotId { get; internal set; }

    public bool IsApiChannel => ChannelType == "Channel::Api";
}
