namespace Hyyve.FakeChatwoot;

/// <summary>Direct seeding, as a super admin or the Rails console would do it.</summary>
public sealed partial class FakeChatwootServer
{
    public FakeAccount CreateAccount(string name)
    {
        lock (_store.Gate)
        {
            return _provisioner.CreateAccount(name);
        }
    }

    /// <summary>Create a user (or reuse one with the same email) and make it a member of the account.</summary>
    public FakeUser CreateUser(int accountId, string name, string email, string role = "administrator")
    {
        lock (_store.Gate)
        {
            var user = _store.Users.Values.FirstOrDefault(u => u.Email == email) ?? _provisioner.CreateUser(name, email);
            _provisioner.UpsertAccountUser(RequireAccount(accountId).Id, user, role);
            return user;
        }
    }

    public FakeInbox CreateWebWidgetInbox(int accountId, string name, string websiteUrl = "https://acme.example", bool enableEmailCollect = false)
    {
        lock (_store.Gate)
        {
            return _provisioner.CreateInbox(RequireAccount(accountId).Id, name, "Channel::WebWidget", websiteUrl, enableEmailCollect);
        }
    }

    public FakeInbox CreateApiInbox(int accountId, string name)
    {
        lock (_store.Gate)
        {
            return _provisioner.CreateInbox(RequireAccount(accountId).Id, name, "Channel::Api", null, enableEmailCollect: false);
        }
    }

    /// <summary>An account bot; <paramref name="withSecret"/> false simulates Chatwoot before 4.13 (unsigned webhooks).</summary>
    public FakeAgentBot CreateAgentBot(int? accountId, string name, string? outgoingUrl, bool withSecret = true)
    {
        lock (_store.Gate)
        {
            return _provisioner.CreateBot(accountId is int id ? RequireAccount(id).Id : null, name, outgoingUrl, withSecret: withSecret);
        }
    }

    /// <summary>Attach (or with null detach) the inbox's active bot, like <c>set_agent_bot</c>.</summary>
    public void SetAgentBot(int inboxId, int? botId)
    {
        lock (_store.Gate)
        {
            var inbox = _store.Inboxes.GetValueOrDefault(inboxId) ?? throw new ArgumentException($"No inbox {inboxId}.");
            if (botId is int id && _store.AccessibleBot(inbox.AccountId, id) is null)
            {
                throw new ArgumentException($"Bot {id} is not accessible to account {inbox.AccountId}.");
            }

            inbox.AgentBotId = botId;
        }
    }

    public FakeAgentBot? AgentBot(int botId)
    {
        lock (_store.Gate)
        {
            return _store.Bots.GetValueOrDefault(botId);
        }
    }

    public IReadOnlyList<FakeAgentBot> AgentBots(int accountId)
    {
        lock (_store.Gate)
        {
            return [.. _store.Bots.Values.Where(b => b.AccountId == accountId).OrderBy(b => b.Id)];
        }
    }

    public FakeInbox Inbox(int inboxId)
    {
        lock (_store.Gate)
        {
            return _store.Inboxes.GetValueOrDefault(inboxId) ?? throw new ArgumentException($"No inbox {inboxId}.");
        }
    }

    private FakeAccount RequireAccount(int accountId) =>
        _store.Accounts.GetValueOrDefault(accountId) ?? throw new ArgumentException($"No account {accountId}.");
}
