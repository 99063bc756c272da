using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>
/// Deletes of provisioned Application API records (administrator): an inbox goes through <c>DeleteObjectJob</c>
/// (200 with a message now, gone later, with its conversations); a portal is destroyed at once (<c>head :ok</c>).
/// </summary>
internal static class ApplicationDeleteEndpoints
{
    public static void Map(RouteGroupBuilder account)
    {
        account.MapDelete("/inboxes/{inbox_id}", (int account_id, int inbox_id, FakeStore s, DeleteObjectJobs jobs, Deleter deleter) =>
        {
            lock (s.Gate)
            {
                if (!s.Inboxes.TryGetValue(inbox_id, out var inbox) || inbox.AccountId != account_id)
                {
                    return Api.NotFound();
                }

                jobs.Enqueue(d => d.DeleteInbox(inbox_id), deleter);
                return Api.Json(new JsonObject { ["message"] = "Your inbox deletion request will be processed in some time." });
            }
        }).AdminOnly();
        account.MapDelete("/portals/{portal_id}", (int account_id, string portal_id, FakeStore s, Deleter deleter) =>
            HelpCenterEndpoints.WithPortal(s, account_id, portal_id, portal =>
            {
                deleter.DeletePortal(portal);
                return Api.Empty();
            })).AdminOnly();
    }
}
