using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.FakeChatwoot;
using Polly.RateLimiting;

namespace Hyyve.IntegrationTests.Chatwoot;

/// <summary>The per-installation rate limiter queues calls over the rate instead of sending them (and provoking 429s).</summary>
public sealed class ChatwootRateLimiterTests
{
    [Fact]
    public async Task Calls_over_the_rate_wait_in_the_queue_and_all_succeed()
    {
        // 120 a minute: a burst of 12, then one call every 500 ms.
        await using var clients = await ChatwootClients.Create(new Dictionary<string, string?> { ["Chatwoot:RequestsPerMinute"] = "120" }).WarmedUpAsync();
        await using var chatwoot = await FakeChatwootServer.StartAsync();
        var user = SeedUser(chatwoot);
        await ChatwootClients.WarmUpAsync(chatwoot);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => clients.Application.ListInboxesAsync(user, default)));

        var calls = chatwoot.Requests.Where(r => r.Path.EndsWith("/inboxes")).OrderBy(r => r.At).ToList();
        Assert.Equal(16, calls.Count);
        Assert.All(calls, c => Assert.Equal(200, c.StatusCode));
        Assert.True(calls.Count(c => c.At - calls[0].At < TimeSpan.FromMilliseconds(400)) <= 12, "more than the burst went out at once");
        // The four over the burst waited for the refill (one each 500 ms): the last went out about 2 s after the first.
        var spread = calls[^1].At - calls[0].At;
        Assert.True(spread >= TimeSpan.FromMilliseconds(1400), $"the last call went out {spread.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Each_installation_has_its_own_budget()
    {
        await using var clients = await ChatwootClients.Create(new Dictionary<string, string?> { ["Chatwoot:RequestsPerMinute"] = "60" }).WarmedUpAsync();
        await using var busy = await FakeChatwootServer.StartAsync();
        await using var quiet = await FakeChatwootServer.StartAsync();
        var busyUser = SeedUser(busy);
        var quietUser = SeedUser(quiet);
        await ChatwootClients.WarmUpAsync(busy, quiet);

        // Use up the busy installation's burst (6) and queue more behind it.
        var queued = Task.WhenAll(Enumerable.Range(0, 9).Select(_ => clients.Application.ListInboxesAsync(busyUser, default)));
        var before = DateTimeOffset.UtcNow;
        await clients.Application.ListInboxesAsync(quietUser, default);
        var quietTook = DateTimeOffset.UtcNow - before;
        await queued;

        Assert.True(quietTook < TimeSpan.FromMilliseconds(800), $"the other installation waited {quietTook.TotalMilliseconds} ms");
        Assert.Equal(9, busy.Requests.Count(r => r.Path.EndsWith("/inboxes") && r.StatusCode == 200));
    }

    [Fact]
    public async Task A_full_queue_refuses_the_call_without_sending_it()
    {
        await using var clients = await ChatwootClients.Create(new Dictionary<string, string?>
        {
            ["Chatwoot:RequestsPerMinute"] = "10", // a burst of 1, then one call every 6 s
            ["Chatwoot:RateLimitQueueLimit"] = "0",
            ["Chatwoot:MaxRetries"] = "0",
        }).WarmedUpAsync();
        await using var chatwoot = await FakeChatwootServer.StartAsync();
        var user = SeedUser(chatwoot);
        await ChatwootClients.WarmUpAsync(chatwoot);

        await clients.Application.ListInboxesAsync(user, default);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => clients.Application.ListInboxesAsync(user, default));

        Assert.IsType<RateLimiterRejectedException>(refused.InnerException);
        Assert.Single(chatwoot.Requests, r => r.Path.EndsWith("/inboxes"));
    }

    private static ChatwootAccount SeedUser(FakeChatwootServer chatwoot)
    {
        var account = chatwoot.CreateAccount("Acme");
        var admin = chatwoot.CreateUser(account.Id, "Ada", "ada@acme.example");
        chatwoot.CreateWebWidgetInbox(account.Id, "Web");
        return new ChatwootAccount(chatwoot.BaseUrl, account.Id, admin.AccessToken);
    }
}
