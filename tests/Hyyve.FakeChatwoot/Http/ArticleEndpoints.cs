using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>
/// Articles (§5.13): 25 per page, newest <c>updated_at</c> first unless <c>category_slug</c> orders by position,
/// <c>meta.current_page</c> echoes the raw page param, counts ignore the status filter, deletes are hard.
/// </summary>
internal static class ArticleEndpoints
{
    public const int PageSize = 25;
    private static readonly string[] ReservedSlugs = ["search", "articles", "categories"];

    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/portals/{portal_id}/articles", List);
        account.MapGet("/portals/{portal_id}/articles/{id}", (int account_id, string portal_id, int id, FakeStore s) =>
            HelpCenterEndpoints.WithPortal(s, account_id, portal_id, portal =>
                s.Articles.TryGetValue(id, out var a) && a.PortalId == portal.Id
                    ? Api.Json(new JsonObject { ["payload"] = HelpCenterJson.Article(s, a) })
                    : Api.NotFound()));
        account.MapPost("/portals/{portal_id}/articles", SaveAsync).AdminOnly();
        account.MapPatch("/portals/{portal_id}/articles/{id}", SaveAsync).AdminOnly();
        // Hard delete, no tombstone: a client learns of it only by no longer finding the article in the list.
        account.MapDelete("/portals/{portal_id}/articles/{id}", (int account_id, string portal_id, int id, FakeStore s) =>
            HelpCenterEndpoints.WithPortal(s, account_id, portal_id, portal =>
                s.Articles.TryGetValue(id, out var a) && a.PortalId == portal.Id && s.Articles.Remove(id) ? Api.Empty() : Api.NotFound()))
            .AdminOnly();
    }

    private static IResult List(HttpContext http, int account_id, string portal_id, FakeStore store) =>
        HelpCenterEndpoints.WithPortal(store, account_id, portal_id, portal =>
        {
            var q = http.Request.Query;
            var (locale, status, categorySlug, query) = (q["locale"].FirstOrDefault(), q["status"].FirstOrDefault(),
                q["category_slug"].FirstOrDefault(), q["query"].FirstOrDefault());
            var authorId = int.TryParse(q["author_id"].FirstOrDefault(), out var a) ? a : (int?)null;
            var pageParam = q["page"].FirstOrDefault();
            var page = int.TryParse(pageParam, out var n) && n > 0 ? n : 1;

            var scoped = store.Articles.Values.Where(x => x.PortalId == portal.Id && (locale is null || x.Locale == locale)).ToList();
            var filtered = scoped.Where(x =>
                (status is null || x.Status == ArticleStatus.Parse(status))
                && (authorId is null || x.AuthorId == authorId)
                && (categorySlug is null || (x.CategoryId is int c && store.Categories[c].Slug == categorySlug))
                && (query is null || Matches(x, query)));
            var ordered = categorySlug is null
                ? filtered.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id)
                : filtered.OrderBy(x => x.Position ?? int.MaxValue).ThenBy(x => x.Id);
            var items = ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(x => (JsonNode)HelpCenterJson.Article(store, x));
            var callerId = Caller.Of(http).User?.Id;
            return Api.Json(new JsonObject
            {
                ["payload"] = new JsonArray([.. items]),
                // set_article_count ignores the status and author filters.
                ["meta"] = new JsonObject
                {
                    ["all_articles_count"] = scoped.Count,
                    ["archived_articles_count"] = scoped.Count(x => x.Status == "archived"),
                    ["articles_count"] = scoped.Count,
                    ["current_page"] = pageParam is null ? 1 : pageParam,
                    ["draft_articles_count"] = scoped.Count(x => x.Status == "draft"),
                    ["mine_articles_count"] = scoped.Count(x => x.AuthorId == callerId),
                    ["published_count"] = scoped.Count(x => x.Status == "published"),
                },
            });
        });

    private static async Task<IResult> SaveAsync(HttpContext http, int account_id, string portal_id, int? id, FakeStore store, Provisioner provisioner)
    {
        var p = RequestParams.Wrapped(await RequestParams.ReadAsync(http), "article");
        return HelpCenterEndpoints.WithPortal(store, account_id, portal_id, portal =>
        {
            var existing = id is int articleId ? store.Articles.GetValueOrDefault(articleId) : null;
            if (id is not null && (existing is null || existing.PortalId != portal.Id))
            {
                return Api.NotFound();
            }

            var status = p.Has("status") ? ArticleStatus.Parse(p.Str("status")) : existing?.Status ?? "draft";
            var title = p.Str("title") ?? existing?.Title;
            var authorId = p.Int("author_id") ?? existing?.AuthorId;
            var content = p.Has("content") ? p.Str("content") : existing?.Content;
            var slug = p.Str("slug") ?? existing?.Slug;
            if (status is null)
            {
                return Api.Unprocessable($"'{p.Str("status")}' is not a valid status");
            }

            if (string.IsNullOrWhiteSpace(title) || authorId is null || !store.Users.ContainsKey(authorId.Value))
            {
                return Api.Invalid("Author must exist, Title can't be blank", "author", "title");
            }

            if (status == "published" && string.IsNullOrWhiteSpace(content))
            {
                return Api.Invalid("Content can't be blank", "content");
            }

            if (slug is not null && ReservedSlugs.Contains(slug))
            {
                return Api.Invalid("Slug is reserved", "slug");
            }

            var article = existing ?? provisioner.CreateArticle(portal, title, slug, content, status, authorId.Value,
                p.Int("category_id"), p.Str("locale"));
            article.Title = title;
            article.Slug = slug ?? article.Slug;
            article.Content = content;
            article.Status = status;
            article.AuthorId = authorId.Value;
            article.Description = p.Has("description") ? p.Str("description") : article.Description;
            article.Position = p.Int("position") ?? article.Position;
            article.CategoryId = p.Has("category_id") ? p.Int("category_id") : article.CategoryId;
            article.Meta = p["meta"] as JsonObject is { } meta ? (JsonObject)meta.DeepClone() : article.Meta;
            article.DraftTitle = p.Has("draft_title") ? p.Str("draft_title") : article.DraftTitle;
            article.DraftContent = p.Has("draft_content") ? p.Str("draft_content") : article.DraftContent;
            article.UpdatedAt = store.Now;
            return Api.Json(new JsonObject { ["payload"] = HelpCenterJson.Article(store, article) });
        });
    }

    private static bool Matches(FakeArticle a, string query) =>
        query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word =>
            $"{a.Title} {a.Description} {a.Content}".Contains(word, StringComparison.OrdinalIgnoreCase));
}
