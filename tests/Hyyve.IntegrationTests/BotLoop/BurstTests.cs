using System.Net.Http.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class BurstTests
{
    [Fact]
    public async Task Two_hundred_concurrent_conversations_each_get_exactly_one_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("burst");
        var conversations = Enumerable.Range(0, 200).Select(i => world.StartConversation($"Customer {i}")).ToList();

        await Task.WhenAll(conversations.Select(c => Task.Run(() => world.CustomerSays(c, KnowledgeFixture.PasswordQuestion))));

        await Eventually.TrueAsync(() => conversations.All(c => world.BotMessages(c).Count >= 1), TimeSpan.FromSeconds(120),
            "all 200 conversations were answered");
        await world.SettleAsync();
        Assert.All(conversations, c => Assert.Single(world.BotMessages(c)));
    }

    [Fact]
    public async Task A_server_killed_during_a_burst_and_restarted_leaves_every_conversation_with_exactly_one_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("kill");
        var port = ServerProcess.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Jobs:LeaseDuration"] = "00:00:02",
            ["Jobs:ReaperInterval"] = "00:00:00.500",
            ["Jobs:WorkerCount"] = "4",
            ["Chatwoot:EchoWait"] = "00:00:01",
        };
        // Hand the bot over to an out-of-process server that the test can kill.
        await world.Hyyve.DisposeAsync();
        var server = await ServerProcess.StartAsync(world.ConnectionString, port, settings);
        await ReconnectAsync(world, server.BaseAddress);
        // Slow replies keep jobs in flight when the kill comes.
        world.Chatwoot.Faults.FailAlways("POST messages", FakeFault.Delay(TimeSpan.FromMilliseconds(150)));
        var conversations = Enumerable.Range(0, 60).Select(i => world.StartConversation($"Customer {i}")).ToList();

        foreach (var conversation in conversations)
        {
            world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        }

        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeliveries == 0 && world.Chatwoot.Deliveries
            .Count(d => d.Event == "message_created" && d.Succeeded && d.Body.Contains("\"incoming\"")) >= 60,
            TimeSpan.FromSeconds(60), "every customer message was acknowledged");
        await Eventually.TrueAsync(() => conversations.Count(c => world.BotMessages(c).Count > 0) >= 10, TimeSpan.FromSeconds(60),
            "some replies went out");
        server.Kill();
        var answeredAtKill = conversations.Count(c => world.BotMessages(c).Count > 0);

        await using var restarted = await ServerProcess.StartAsync(world.ConnectionString, port, settings);
        await Eventually.TrueAsync(() => conversations.All(c => world.BotMessages(c).Count >= 1), TimeSpan.FromSeconds(120),
            "every conversation was answered after the restart");
        await Eventually.TrueAsync(async () => await world.QueueIdleAsync(), TimeSpan.FromSeconds(60), "the queue drained");
        await Task.Delay(500);

        Assert.True(answeredAtKill < 60, "the kill came while replies were still being posted");
        Assert.All(conversations, c => Assert.Single(world.BotMessages(c)));
    }

    private static async Task ReconnectAsync(BotLoopWorld world, Uri hyyve)
    {
        using var client = new HttpClient { BaseAddress = hyyve };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestServer.AdminKey);
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            chatwootBaseUrl = world.Chatwoot.BaseUrl.ToString(),
            accountId = world.Account.Id,
            userToken = world.Admin.AccessToken,
            projects = new[] { new { name = "Acme support", inboxId = world.Inbox.Id } },
        });
        response.EnsureSuccessStatusCode();
    }
}
