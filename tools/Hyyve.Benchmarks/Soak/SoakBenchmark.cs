using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;

namespace Hyyve.Benchmarks.Soak;

/// <summary>
/// Mixed traffic for a while against a real Hyyve.Server process and the fake Chatwoot: new conversations, follow-ups,
/// duplicate deliveries, bursts of 429s from Chatwoot, and a <c>kill -9</c> and restart every two minutes (while it is
/// down, Chatwoot's deliveries fail and it opens those conversations for humans, CONTRACT §3). Then it waits until
/// nothing is in flight and checks the invariants (<see cref="SoakReport"/>); the exit code is non-zero when one broke.
/// </summary>
internal static class SoakBenchmark
{
    private static readonly TimeSpan KillEvery = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BurstEvery = TimeSpan.FromSeconds(30);
    private static readonly string[] Questions =
        ["How do I reset my password?", "Where can I download my invoices?", "How do I export my data?", "Hi there!",
         "Can I talk to a real person please?", "Can you book me a table for four at the harbour restaurant tonight?"];
    private static readonly string[] FollowUps = ["And how long is the link valid?", "Thanks!", "Can I get them as PDF?"];

    public static async Task<int> RunAsync(TimeSpan duration)
    {
        var database = BenchDatabase.Create("soak");
        await using var chatwoot = await FakeChatwootServer.StartAsync();
        var account = chatwoot.CreateAccount("Soak");
        var admin = chatwoot.CreateUser(account.Id, "Ada Admin", "ada@soak.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Soak Website");
        await using var server = new SoakServer(database, new Dictionary<string, string>
        {
            ["Tenancy__EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Knowledge__EmbeddingProvider"] = "none",
            // A killed worker's jobs come back within seconds; a call to Chatwoot stays within two thirds of the lease.
            ["Jobs__LeaseDuration"] = "00:00:06",
            ["Jobs__ReaperInterval"] = "00:00:01",
            ["Chatwoot__RequestTimeout"] = "00:00:03",
            ["Chatwoot__TotalTimeout"] = "00:00:04",
            ["Chatwoot__EchoWait"] = "00:00:01",
        });
        await server.StartAsync();
        await ConnectAsync(server, chatwoot, account, admin, inbox);
        var rssStart = server.RssMiB();

        var random = new Random(13);
        var conversations = new List<FakeConversation>();
        var clock = Stopwatch.StartNew();
        var nextKill = KillEvery;
        var nextBurst = BurstEvery;
        var progressAt = TimeSpan.FromSeconds(30);
        var restarting = Task.CompletedTask;
        for (var tick = 0; clock.Elapsed < duration; tick++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var conversation = chatwoot.StartConversation(account.Id, inbox.Id, $"Customer {conversations.Count}");
            conversations.Add(conversation);
            chatwoot.CustomerSays(account.Id, conversation.DisplayId, Questions[random.Next(Questions.Length)]);
            if (tick % 2 == 0 && conversations.Count > 5)
            {
                var earlier = conversations[random.Next(conversations.Count - 5)];
                chatwoot.CustomerSays(account.Id, earlier.DisplayId, FollowUps[random.Next(FollowUps.Length)]);
            }

            if (tick % 3 == 0 && chatwoot.Deliveries.Where(d => d.Succeeded && d.Event == "message_created").TakeLast(50).ToList() is { Count: > 0 } recent)
            {
                // Chatwoot redelivers what it already delivered (a retry after a lost answer): it must change nothing.
                _ = chatwoot.SendRawWebhookAsync(recent[random.Next(recent.Count)]);
            }

            if (clock.Elapsed >= nextBurst)
            {
                chatwoot.Faults.FailNext("POST messages", 15, FakeFault.TooManyRequests);
                nextBurst += BurstEvery;
            }

            if (clock.Elapsed >= nextKill && restarting.IsCompleted)
            {
                // Traffic goes on while the server is down: those deliveries fail and Chatwoot opens their conversations.
                await restarting;
                server.Kill();
                restarting = server.StartAsync();
                nextKill += KillEvery;
            }

            if (clock.Elapsed >= progressAt)
            {
                Console.Error.WriteLine($"soak: {clock.Elapsed:mm\\:ss} of {duration:mm\\:ss}, {conversations.Count} conversations, {server.Restarts} restarts");
                progressAt += TimeSpan.FromSeconds(30);
            }
        }

        await restarting;
        var rssEnd = server.RssMiB();
        Console.Error.WriteLine("soak: traffic stopped; waiting until nothing is in flight");
        var quiet = await SoakReport.WaitForQuiescenceAsync(chatwoot, database, TimeSpan.FromMinutes(3));
        var report = await SoakReport.BuildAsync(chatwoot, account, database, conversations);
        return report.Print(duration, server.Restarts, rssStart, rssEnd, quiet);
    }

    /// <summary>Connects the account through the API, as an operator would, and loads three articles.</summary>
    private static async Task ConnectAsync(SoakServer server, FakeChatwootServer chatwoot, FakeAccount account, FakeUser admin, FakeInbox inbox)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", SoakServer.AdminKey);
        var connected = await (await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Soak",
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = admin.AccessToken,
            projects = new[] { new { name = "Soak support", inboxId = inbox.Id } },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var key = connected.GetProperty("tenantApiKey").GetString()!;
        var projectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        (await client.PostAsJsonAsync($"/api/projects/{projectId}/documents", new { documents = BenchWorld.Articles })).EnsureSuccessStatusCode();
    }
}
