using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Portals and categories (§5.13). The <c>{portal_id}</c> route value is the portal slug.</summary>
internal static class HelpCenterEndpoints
{
    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/portals", ListPortals);
        account.MapGet("/portals/{portal_id}", (int account_id, string portal_id, FakeStore s) =>
            WithPortal(s, account_id, portal_id, p => Api.Json(HelpCenterJson.Portal(s, p))));
        account.MapPost("/portals", CreatePortalAsync).AdminOnly();
        account.MapGet("/portals/{portal_id}/categories", ListCategories);
        account.MapPost("/portals/{portal_id}/categories", CreateCategoryAsync).AdminOnly();
        ArticleEndpoints.Map(account);
    }

    public static IResult WithPortal(FakeStore store, int accountId, string slug, Func<FakePortal, IResult> action)
    {
        lock (store.Gate)
        {
            return store.FindPortal(accountId, slug) is { } portal ? action(portal) : Api.NotFound();
        }
    }

    private static IResult ListPortals(int account_id, FakeStore store)
    {
        lock (store.Gate)
        {
            var portals = store.Portals.Values.Where(p => p.AccountId == account_id).OrderBy(p => p.Id)
                .Select(p => (JsonNode)HelpCenterJson.Portal(store, p)).ToList();
            return Api.Json(new JsonObject
            {
                ["payload"] = new JsonArray([.. portals]),
                ["meta"] = new JsonObject { ["current_page"] = 1, ["portals_count"] = portals.Count },
            });
        }
    }

    private static async Task<IResult> CreatePortalAsync(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        var body = await RequestParams.ReadAsync(http);
        var p = RequestParams.Wrapped(body, "portal");
        var config = p["config"] as JsonObject ?? [];
        lock (store.Gate)
        {
            if (string.IsNullOrWhiteSpace(p.Str("name")) || string.IsNullOrWhiteSpace(p.Str("slug")))
            {
                return Api.Invalid("Name can't be blank, Slug can't be blank", "name", "slug");
            }

            // validates :slug, uniqueness: true — across the whole installation, not per account.
            if (store.Portals.Values.Any(x => x.Slug == p.Str("slug")))
            {
                return Api.Invalid("Slug has already been taken", "slug");
            }

            var locale = config.Str("default_locale") ?? "en";
            var locales = (config["allowed_locales"] as JsonArray)?.Select(n => n?.ToString()).OfType<string>().ToList() ?? [locale];
            var portal = provisioner.CreatePortal(account_id, p.Str("name")!, p.Str("slug")!, locale, locales);
            portal.Color = p.Str("color");
            portal.HeaderText = p.Str("header_text");
            portal.HomepageLink = p.Str("homepage_link");
            portal.PageTitle = p.Str("page_title");
            portal.CustomDomain = p.Str("custom_domain");
            portal.InboxId = body.Int("inbox_id");
            return Api.Json(HelpCenterJson.Portal(store, portal));
        }
    }

    private static IResult ListCategories(HttpContext http, int account_id, string portal_id, FakeStore store) =>
        WithPortal(store, account_id, portal_id, portal =>
        {
            var locale = http.Request.Query["locale"].FirstOrDefault();
            var categories = store.Categories.Values.Where(c => c.PortalId == portal.Id && (locale is null || c.Locale == locale))
                .OrderBy(c => c.Position ?? int.MaxValue).ThenBy(c => c.Id)
                .Select(c => (JsonNode)HelpCenterJson.Category(store, c)).ToList();
            return Api.Json(new JsonObject
            {
                ["payload"] = new JsonArray([.. categories]),
                ["meta"] = new JsonObject { ["current_page"] = 1, ["categories_count"] = categories.Count },
            });
        });

    private static async Task<IResult> CreateCategoryAsync(HttpContext http, int account_id, string portal_id, FakeStore store, Provisioner provisioner)
    {
        var p = RequestParams.Wrapped(await RequestParams.ReadAsync(http), "category");
        return WithPortal(store, account_id, portal_id, portal =>
        {
            var locale = p.Str("locale") ?? portal.DefaultLocale;
            if (string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Name can't be blank", "name");
            }

            if (!portal.AllowedLocales.Contains(locale))
            {
                return Api.Invalid($"Locale {locale} of category is not part of portal's [{string.Join(", ", portal.AllowedLocales)}].", "locale");
            }

            var slug = p.Str("slug") ?? Provisioner.Parameterize(p.Str("name")!);
            if (store.Categories.Values.Any(c => c.PortalId == portal.Id && c.Slug == slug && c.Locale == locale))
            {
                return Api.Invalid("Slug has already been taken", "slug");
            }

            var category = provisioner.CreateCategory(portal, p.Str("name")!, slug, locale, p.Str("description"), p.Int("position"));
            category.Icon = p.Str("icon") ?? "";
            category.IconColor = p.Str("icon_color");
            return Api.Json(new JsonObject { ["payload"] = HelpCenterJson.Category(store, category) });
        });
    }
}
