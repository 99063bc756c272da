using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Portal, category and article partials (§5.13).</summary>
internal static class HelpCenterJson
{
    public static JsonObject Portal(FakeStore s, FakePortal p)
    {
        var articles = s.Articles.Values.Where(a => a.PortalId == p.Id).ToList();
        var categories = s.Categories.Values.Where(c => c.PortalId == p.Id).ToList();
        var json = new JsonObject
        {
            ["id"] = p.Id,
            ["color"] = p.Color,
            ["custom_domain"] = p.CustomDomain,
            ["header_text"] = p.HeaderText,
            ["homepage_link"] = p.HomepageLink,
            ["name"] = p.Name,
            ["page_title"] = p.PageTitle,
            ["slug"] = p.Slug,
            ["archived"] = p.Archived,
            ["account_id"] = p.AccountId,
            ["config"] = new JsonObject
            {
                ["allowed_locales"] = new JsonArray([.. p.AllowedLocales.Select(l => (JsonNode)new JsonObject
                {
                    ["code"] = l,
                    ["articles_count"] = articles.Count(a => a.Locale == l),
                    ["categories_count"] = categories.Count(c => c.Locale == l),
                    ["draft"] = false,
                })]),
                ["default_locale"] = p.DefaultLocale,
                ["layout"] = null,
                ["social_profiles"] = new JsonObject(),
                ["locale_translations"] = new JsonObject(),
            },
        };
        if (p.InboxId is int inboxId && s.Inboxes.TryGetValue(inboxId, out var inbox))
        {
            json["inbox"] = InboxJson.Api(inbox, administrator: false);
        }

        json["meta"] = new JsonObject
        {
            ["all_articles_count"] = articles.Count,
            ["archived_articles_count"] = articles.Count(a => a.Status == "archived"),
            ["published_count"] = articles.Count(a => a.Status == "published"),
            ["draft_articles_count"] = articles.Count(a => a.Status == "draft"),
            ["categories_count"] = categories.Count,
            ["default_locale"] = p.DefaultLocale,
        };
        return json;
    }

    public static JsonObject Category(FakeStore s, FakeCategory c) => new()
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["slug"] = c.Slug,
        ["locale"] = c.Locale,
        ["description"] = c.Description,
        ["position"] = c.Position,
        ["account_id"] = c.AccountId,
        ["icon"] = c.Icon,
        ["icon_color"] = c.IconColor,
        ["related_categories"] = new JsonArray(),
        ["meta"] = new JsonObject { ["articles_count"] = s.Articles.Values.Count(a => a.CategoryId == c.Id) },
    };

    public static JsonObject Article(FakeStore s, FakeArticle a)
    {
        var json = new JsonObject
        {
            ["id"] = a.Id,
            ["slug"] = a.Slug,
            ["title"] = a.Title,
            ["content"] = a.Content,
            ["description"] = a.Description,
            ["status"] = a.Status,
            ["position"] = a.Position,
            ["account_id"] = a.AccountId,
            ["locale"] = a.Locale,
            ["draft_title"] = a.DraftTitle,
            ["draft_content"] = a.DraftContent,
            // Integer epoch seconds, unlike conversations' float updated_at.
            ["updated_at"] = RailsJson.Epoch(a.UpdatedAt),
            ["meta"] = a.Meta.DeepClone(),
        };
        if (a.CategoryId is int id && s.Categories.TryGetValue(id, out var c))
        {
            json["category"] = new JsonObject
            {
                ["id"] = c.Id, ["name"] = c.Name, ["slug"] = c.Slug, ["locale"] = c.Locale, ["icon"] = c.Icon, ["icon_color"] = c.IconColor,
            };
        }

        json["views"] = a.Views;
        json["author"] = s.Users.TryGetValue(a.AuthorId, out var author) ? ActorJson.Agent(author, a.AccountId) : null;
        json["associated_articles"] = new JsonArray();
        return json;
    }
}
