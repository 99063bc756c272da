namespace Hyyve.FakeChatwoot.State;

/// <summary>Who did something (Current.user in Chatwoot): a User or an AgentBot.</summary>
internal sealed record Actor(string Type, int Id, string Name)
{
    public static Actor Of(FakeUser user) => new("User", user.Id, user.Name);

    public static Actor Of(FakeAgentBot bot) => new("AgentBot", bot.Id, bot.Name);
}
