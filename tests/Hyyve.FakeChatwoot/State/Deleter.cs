namespace Hyyve.FakeChatwoot.State;

/// <summary>
/// What Chatwoot's <c>DeleteObjectJob</c> and <c>destroy!</c> remove, with the dependent rows Rails deletes with them
/// (<c>dependent: :destroy</c>). Caller holds the lock.
/// </summary>
internal sealed class Deleter(FakeStore s, Provisioner provisioner)
{
    public void DeleteAccount(int accountId)
    {
        foreach (var inbox in s.Inboxes.Values.Where(i => i.AccountId == accountId).ToList())
        {
            DeleteInbox(inbox.Id);
        }

        foreach (var bot in s.Bots.Values.Where(b => b.AccountId == accountId).ToList())
        {
            provisioner.DeleteBot(bot);
            s.Permissible.Remove(("agent_bot", bot.Id));
        }

        foreach (var portal in s.Portals.Values.Where(p => p.AccountId == accountId).ToList())
        {
            DeletePortal(portal);
        }

        foreach (var user in s.Users.Values.Where(u => u.RoleIn(accountId) is not null).ToList())
        {
            provisioner.RemoveAccountUser(accountId, user);
        }

        s.Accounts.Remove(accountId);
        s.Permissible.Remove(("account", accountId));
    }

    public void DeleteUser(int userId)
    {
        if (!s.Users.TryGetValue(userId, out var user))
        {
            return;
        }

        foreach (var accountId in user.Memberships.Keys.ToList())
        {
            provisioner.RemoveAccountUser(accountId, user);
        }

        s.Users.Remove(userId);
        s.Permissible.Remove(("user", userId));
    }

    public void DeleteInbox(int inboxId)
    {
        foreach (var conversation in s.Conversations.Values.Where(c => c.InboxId == inboxId).ToList())
        {
            s.Conversations.Remove(conversation.Id);
            s.MessagesByConversation.Remove(conversation.Id);
        }

        foreach (var contactInbox in s.ContactInboxes.Values.Where(c => c.InboxId == inboxId).ToList())
        {
            s.ContactInboxes.Remove(contactInbox.Id);
        }

        s.Inboxes.Remove(inboxId);
    }

    public void DeletePortal(FakePortal portal)
    {
        foreach (var article in s.Articles.Values.Where(a => a.PortalId == portal.Id).ToList())
        {
            s.Articles.Remove(article.Id);
        }

        foreach (var category in s.Categories.Values.Where(c => c.PortalId == portal.Id).ToList())
        {
            s.Categories.Remove(category.Id);
        }

        s.Portals.Remove(portal.Id);
    }
}
