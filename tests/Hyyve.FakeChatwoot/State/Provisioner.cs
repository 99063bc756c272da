using System.Collections.Immutable;

namespace Hyyve.FakeChatwoot.State;

/// <summary>Creates records for both the API endpoints and the test-facing seeding methods. Caller holds the lock.</summary>
internal sealed class Provisioner(FakeStore s)
{
    public FakeAccount CreateAccount(string name, string locale = "en", string? domain = null, string? supportEmail = null,
        System.Text.Json.Nodes.JsonObject? customAttributes = null)
    {
        var account = new FakeAccount
        {
            Id = s.NextId("account"), Name = name, Locale = locale, Domain = domain, SupportEmail = supportEmail,
            CustomAttributes = customAttributes ?? [],
        };
        s.Accounts[account.Id] = account;
        return account;
    }

    public FakeUser CreateUser(string name, string email, string? displayName = null)
    {
        var user = new FakeUser
        {
            Id = s.NextId("user"), Name = name, Email = email, DisplayName = displayName,
            AccessToken = Tokens.SecureToken(), PubsubToken = Tokens.SecureToken(),
        };
        s.Users[user.Id] = user;
        return user;
    }

    /// <summary>find_or_initialize_by(account, user) then update(role): idempotent, changes the role.</summary>
    public FakeAccountUser UpsertAccountUser(int accountId, FakeUser user, string role)
    {
        if (user.Memberships.TryGetValue(accountId, out var existing))
        {
            existing.Role = role;
            existing.UpdatedAt = s.Now;
            return existing;
        }

        var row = new FakeAccountUser { Id = s.NextId("account_user"), AccountId = accountId, UserId = user.Id, Role = role, CreatedAt = s.Now, UpdatedAt = s.Now };
        s.AccountUsers[row.Id] = row;
        user.Memberships = user.Memberships.SetItem(accountId, row);
        return row;
    }

    public void RemoveAccountUser(int accountId, FakeUser user)
    {
        if (user.Memberships.TryGetValue(accountId, out var row))
        {
            s.AccountUsers.Remove(row.Id);
            user.Memberships = user.Memberships.Remove(accountId);
        }
    }

    public FakeAgentBot CreateBot(int? accountId, string name, string? outgoingUrl, string? description = null, bool withSecret = true)
    {
        var bot = new FakeAgentBot
        {
            Id = s.NextId("agent_bot"), AccountId = accountId, Name = name, Description = description, OutgoingUrl = outgoingUrl,
            AccessToken = Tokens.SecureToken(), Secret = withSecret ? Tokens.UrlSafeBase64() : null,
        };
        s.Bots[bot.Id] = bot;
        return bot;
    }

    public void DeleteBot(FakeAgentBot bot)
    {
        s.Bots.Remove(bot.Id);
        foreach (var inbox in s.Inboxes.Values.Where(i => i.AgentBotId == bot.Id))
        {
            inbox.AgentBotId = null;
        }
    }

    public FakeInbox CreateInbox(int accountId, string name, string channelType, string? websiteUrl, bool enableEmailCollect,
        string? widgetColor = null, string? welcomeTitle = null, string? welcomeTagline = null)
    {
        var inbox = new FakeInbox
        {
            Id = s.NextId("inbox"), AccountId = accountId, ChannelId = s.NextId("channel"), Name = name, ChannelType = channelType,
            WebsiteUrl = websiteUrl, WidgetColor = widgetColor ?? "#1f93ff", WelcomeTitle = welcomeTitle ?? "",
            WelcomeTagline = welcomeTagline ?? "", WebsiteToken = Tokens.SecureToken(), HmacToken = Tokens.SecureToken(),
            EnableEmailCollect = enableEmailCollect,
        };
        s.Inboxes[inbox.Id] = inbox;
        return inbox;
    }

    public FakeContactInbox CreateContact(FakeInbox inbox, string name, string? email, string? phone, string? identifier)
    {
        var contact = new FakeContact
        {
            Id = s.NextId("contact"), AccountId = inbox.AccountId, Name = name, Email = email, PhoneNumber = phone,
            Identifier = identifier, CreatedAt = s.Now, LastActivityAt = s.Now,
        };
        s.Contacts[contact.Id] = contact;
        var contactInbox = new FakeContactInbox
        {
            Id = s.NextId("contact_inbox"), ContactId = contact.Id, InboxId = inbox.Id, SourceId = Guid.NewGuid().ToString(),
            PubsubToken = Tokens.SecureToken(), CreatedAt = s.Now,
        };
        s.ContactInboxes[contactInbox.Id] = contactInbox;
        return contactInbox;
    }

    public FakePortal CreatePortal(int accountId, string name, string slug, string defaultLocale, IReadOnlyList<string> locales)
    {
        var portal = new FakePortal
        {
            Id = s.NextId("portal"), AccountId = accountId, Name = name, Slug = slug, DefaultLocale = defaultLocale,
            AllowedLocales = locales.Count > 0 ? locales : [defaultLocale],
        };
        s.Portals[portal.Id] = portal;
        return portal;
    }

    public FakeCategory CreateCategory(FakePortal portal, string name, string slug, string locale, string? description, int? position)
    {
        var category = new FakeCategory
        {
            Id = s.NextId("category"), AccountId = portal.AccountId, PortalId = portal.Id, Name = name, Slug = slug,
            Locale = locale, Description = description, Position = position,
        };
        s.Categories[category.Id] = category;
        return category;
    }

    public FakeArticle CreateArticle(FakePortal portal, string title, string? slug, string? content, string status, int authorId,
        int? categoryId, string? locale, string? description = null, int? position = null)
    {
        var article = new FakeArticle
        {
            Id = s.NextId("article"), AccountId = portal.AccountId, PortalId = portal.Id, Title = title,
            Slug = slug ?? $"{s.Now.ToUnixTimeSeconds()}-{Parameterize(title)}", Content = content, Description = description,
            Status = status, Position = position, AuthorId = authorId, CategoryId = categoryId, UpdatedAt = s.Now,
            Locale = (categoryId is int c && s.Categories.TryGetValue(c, out var cat) ? cat.Locale : locale) ?? portal.DefaultLocale,
        };
        s.Articles[article.Id] = article;
        return article;
    }

    /// <summary>ActiveSupport's <c>parameterize</c> for ASCII titles.</summary>
    public static string Parameterize(string text)
    {
        var chars = text.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    public ImmutableArray<FakeInbox> InboxesOf(int accountId) => [.. s.Inboxes.Values.Where(i => i.AccountId == accountId).OrderBy(i => i.Id)];
}
