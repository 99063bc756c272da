using System.Net;

namespace Hyyve.FakeChatwoot.Tests;

public sealed class FaultInjectionTests
{
    private const string CreateMessage = "POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages";

    [Fact]
    public async Task Too_many_requests_fault_is_rack_attack_plain_text_without_retry_after()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.Faults.FailNext(CreateMessage, count: 1, FakeFault.TooManyRequests);

        var throttled = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken, new { content = "a" });
        var next = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken, new { content = "b" });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("text/plain", throttled.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Retry later\n", await throttled.Content.ReadAsStringAsync());
        Assert.False(throttled.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(["b"], f.Fake.Messages(f.Account.Id, c.DisplayId).Where(m => m.IsFromBot).Select(m => m.Content));
        var recorded = f.Fake.Requests.Where(r => r.Endpoint == CreateMessage).ToList();
        Assert.Equal([429, 200], recorded.Select(r => r.StatusCode));
        Assert.All(recorded, r => Assert.Equal("agent_bot", r.TokenKind));
    }

    [Fact]
    public async Task Short_key_and_fail_always_apply_until_cleared()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.Faults.FailAlways("POST toggle_status", FakeFault.ServerError);

        var first = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/toggle_status"), f.Bot.AccessToken, new { status = "open" });
        var second = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/toggle_status"), f.Bot.AccessToken, new { status = "open" });
        f.Fake.Faults.Clear();
        var third = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/toggle_status"), f.Bot.AccessToken, new { status = "open" });

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal("open", f.Fake.Conversation(f.Account.Id, c.DisplayId).Status);
    }

    [Fact]
    public async Task Delay_fault_slows_the_call_and_then_answers_normally()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.Faults.FailNext("GET labels", 1, FakeFault.Delay(TimeSpan.FromMilliseconds(400)));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await f.SendAsync(HttpMethod.Get, f.ConversationPath(c.DisplayId, "/labels"), f.Bot.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"took {watch.Elapsed}");
    }
}
