using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary><c>GET …/contacts/{id}</c> (§5.8), user tokens only.</summary>
internal static class ContactEndpoints
{
    public static void Map(RouteGroupBuilder account) => account.MapGet("/contacts/{id}", Show);

    private static IResult Show(HttpContext http, int account_id, int id, FakeStore store)
    {
        lock (store.Gate)
        {
            if (!store.Contacts.TryGetValue(id, out var contact) || contact.AccountId != account_id)
            {
                return Api.NotFound();
            }

            var json = ActorJson.ContactPartial(contact);
            if (http.Request.Query["include_contact_inboxes"].FirstOrDefault() != "false")
            {
                json["contact_inboxes"] = new JsonArray([.. store.ContactInboxes.Values.Where(ci => ci.ContactId == id)
                    .Select(ci => (JsonNode)new JsonObject
                    {
                        ["source_id"] = ci.SourceId,
                        ["inbox"] = new JsonObject
                        {
                            ["id"] = ci.InboxId, ["avatar_url"] = "", ["channel_id"] = store.Inboxes[ci.InboxId].ChannelId,
                            ["name"] = store.Inboxes[ci.InboxId].Name, ["channel_type"] = store.Inboxes[ci.InboxId].ChannelType,
                            ["provider"] = null,
                        },
                    })]);
            }

            return Api.Json(new JsonObject { ["payload"] = json });
        }
    }
}
