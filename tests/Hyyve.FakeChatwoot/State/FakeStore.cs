namespace Hyyve.FakeChatwoot.State;

/// <summary>
/// All in-memory state. One lock guards everything: the fake favours obviously-correct
/// ordering over throughput, and every mutation is short.
/// </summary>
internal sealed class FakeStore(TimeProvider time, string platformToken)
{
    // Distinct starting points per table so a database id is never mistaken for a display id in tests.
    private readonly Dictionary<string, int> _lastIds = new()
    {
        ["account"] = 0, ["user"] = 0, ["account_user"] = 0, ["agent_bot"] = 0, ["inbox"] = 0,
        ["channel"] = 0, ["contact"] = 100, ["contact_inbox"] = 200, ["conversation"] = 5000,
        ["message"] = 0, ["portal"] = 0, ["category"] = 0, ["article"] = 0,
    };

    public Lock Gate { get; } = new();
    public TimeProvider Time => time;
    public string PlatformToken => platformToken;

    public Dictionary<int, FakeAccount> Accounts { get; } = [];
    public Dictionary<int, FakeUser> Users { get; } = [];
    public Dictionary<int, FakeAccountUser> AccountUsers { get; } = [];
    public Dictionary<int, FakeAgentBot> Bots { get; } = [];
    public Dictionary<int, FakeInbox> Inboxes { get; } = [];
    public Dictionary<int, FakeContact> Contacts { get; } = [];
    public Dictionary<int, FakeContactInbox> ContactInboxes { get; } = [];
    public Dictionary<int, FakeConversation> Conversations { get; } = [];
    public Dictionary<int, List<FakeMessage>> MessagesByConversation { get; } = [];
    public Dictionary<int, FakePortal> Portals { get; } = [];
    public Dictionary<int, FakeCategory> Categories { get; } = [];
    public Dictionary<int, FakeArticle> Articles { get; } = [];

    /// <summary>Resources the platform app created (PlatformAppPermissible rows).</summary>
    public HashSet<(string Kind, int Id)> Permissible { get; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public int NextId(string table) => _lastIds[table] += 1;

    public FakeConversation? FindConversation(int accountId, int displayId) =>
        Conversations.Values.FirstOrDefault(c => c.AccountId == accountId && c.DisplayId == displayId);

    public List<FakeMessage> MessagesOf(FakeConversation conversation) =>
        MessagesByConversation.TryGetValue(conversation.Id, out var list) ? list : [];

    public FakeMessage? FindMessage(int messageId) =>
        MessagesByConversation.Values.SelectMany(l => l).FirstOrDefault(m => m.Id == messageId);

    public FakeUser? FindUserByToken(string token) => Users.Values.FirstOrDefault(u => u.AccessToken == token);

    public FakeAgentBot? FindBotByToken(string token) => Bots.Values.FirstOrDefault(b => b.AccessToken == token);

    public FakePortal? FindPortal(int accountId, string slug) =>
        Portals.Values.FirstOrDefault(p => p.AccountId == accountId && p.Slug == slug);

    /// <summary>AgentBot.accessible_to(account): the account's own bots plus system bots.</summary>
    public FakeAgentBot? AccessibleBot(int accountId, int botId) =>
        Bots.TryGetValue(botId, out var bot) && (bot.AccountId is null || bot.AccountId == accountId) ? bot : null;
}
