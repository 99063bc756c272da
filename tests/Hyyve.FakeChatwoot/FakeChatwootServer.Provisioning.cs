using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot;

/// <summary>Snapshots of what provisioning created, for tests to count (the whole installation, every account).</summary>
public sealed partial class FakeChatwootServer
{
    /// <summary>Account, user and inbox deletes accepted but not yet carried out by the delete job.</summary>
    public int PendingDeletes => _app.Services.GetRequiredService<DeleteObjectJobs>().Pending;

    public IReadOnlyList<FakeAccount> Accounts() => Snapshot(() => _store.Accounts.Values.OrderBy(a => a.Id));

    public IReadOnlyList<FakeUser> Users() => Snapshot(() => _store.Users.Values.OrderBy(u => u.Id));

    public IReadOnlyList<FakeAgentBot> AllAgentBots() => Snapshot(() => _store.Bots.Values.OrderBy(b => b.Id));

    public IReadOnlyList<FakeInbox> AllInboxes() => Snapshot(() => _store.Inboxes.Values.OrderBy(i => i.Id));

    public IReadOnlyList<FakePortal> Portals() => Snapshot(() => _store.Portals.Values.OrderBy(p => p.Id));

    /// <summary>Members of an account as (user id, role).</summary>
    public IReadOnlyList<(int UserId, string Role)> AccountUsers(int accountId) =>
        Snapshot(() => _store.AccountUsers.Values.Where(m => m.AccountId == accountId).OrderBy(m => m.Id).Select(m => (m.UserId, m.Role)));

    private IReadOnlyList<T> Snapshot<T>(Func<IEnumerable<T>> read)
    {
        lock (_store.Gate)
        {
            return [.. read()];
        }
    }
}
