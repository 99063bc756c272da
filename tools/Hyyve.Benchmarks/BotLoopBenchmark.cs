using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hyyve.Domain.Chatwoot;
using Hyyve.FakeChatwoot;

namespace Hyyve.Benchmarks;

/// <summary>
/// Intake acknowledgement latency at a steady rate (baseline: <c>GET /api/ping</c> on the same server at the same
/// rate) and webhook-to-reply time through the fake Chatwoot (baseline: the fake's own customer-message-to-webhook time).
/// </summary>
internal static class BotLoopBenchmark
{
    private const int Rate = 200;
    private const int Requests = 2000;
    private const int Conversations = 100;
    private const int Senders = 32;

    public static async Task RunAsync()
    {
        await using var world = await BenchWorld.StartAsync();
        await IntakeAsync(world);
        await ReplyAsync(world);
    }

    private static async Task IntakeAsync(BenchWorld world)
    {
        var template = await world.RecordedCustomerMessageAsync();
        using var client = new HttpClient { BaseAddress = world.HyyveUrl };
        var ping = await SteadyAsync(i => client.GetAsync("/api/ping"));
        var intake = await SteadyAsync(i => client.SendAsync(world.SignedWebhook(template, 5_000_000 + i)));
        var table = new Table($"Intake acknowledgement ({Requests} requests at {Rate}/s)", "endpoint", "req/s", "p50 ms", "p99 ms", "errors");
        table.Add("GET /api/ping (baseline)", ping.Throughput, Stats.Percentile(ping.Latencies, 50), Stats.Percentile(ping.Latencies, 99), ping.Errors);
        table.Add("POST /api/chatwoot/bot/{tenant}", intake.Throughput, Stats.Percentile(intake.Latencies, 50), Stats.Percentile(intake.Latencies, 99), intake.Errors);
        table.Print();

        var pingMax = await SaturateAsync(i => client.GetAsync("/api/ping"));
        var intakeMax = await SaturateAsync(i => client.SendAsync(world.SignedWebhook(template, 6_000_000 + i)));
        var saturation = new Table($"Intake throughput ({Requests} requests, {Senders} concurrent senders, as fast as answered)",
            "endpoint", "req/s", "p50 ms", "p99 ms", "errors");
        saturation.Add("GET /api/ping (baseline)", pingMax.Throughput, Stats.Percentile(pingMax.Latencies, 50), Stats.Percentile(pingMax.Latencies, 99), pingMax.Errors);
        saturation.Add("POST /api/chatwoot/bot/{tenant}", intakeMax.Throughput, Stats.Percentile(intakeMax.Latencies, 50), Stats.Percentile(intakeMax.Latencies, 99), intakeMax.Errors);
        saturation.Print();
    }

    private static async Task ReplyAsync(BenchWorld world)
    {
        var sent = new List<(FakeConversation Conversation, FakeMessage Message)>();
        for (var i = 0; i < Conversations; i++)
        {
            var conversation = world.Chatwoot.StartConversation(world.Account.Id, world.Inbox.Id, $"Customer {i}");
            sent.Add((conversation, world.Chatwoot.CustomerSays(world.Account.Id, conversation.DisplayId, "How do I reset my password?")));
            await Task.Delay(1000 / 20);
        }

        await world.Chatwoot.WaitUntilAsync(() => sent.All(s => BotReply(world, s.Conversation) is not null), TimeSpan.FromMinutes(2));
        var replies = sent.Select(s => (BotReply(world, s.Conversation)!.CreatedAt - s.Message.CreatedAt).TotalMilliseconds).ToList();
        var deliveries = sent.Select(s => world.Chatwoot.Deliveries.First(d => d.MessageId == s.Message.Id && d.Succeeded))
            .Select((d, i) => (d.At + d.Duration - sent[i].Message.CreatedAt).TotalMilliseconds).ToList();
        var table = new Table($"Webhook to reply ({Conversations} conversations, 20 new per second)", "path", "p50 ms", "p95 ms", "max ms");
        table.Add("Chatwoot message → webhook acknowledged (baseline)", Stats.Percentile(deliveries, 50), Stats.Percentile(deliveries, 95), deliveries.Max());
        table.Add("Chatwoot message → bot reply posted", Stats.Percentile(replies, 50), Stats.Percentile(replies, 95), replies.Max());
        table.Print();
    }

    private static FakeMessage? BotReply(BenchWorld world, FakeConversation conversation) =>
        world.Chatwoot.Messages(world.Account.Id, conversation.DisplayId).FirstOrDefault(m => m.IsFromBot && !m.Private);

    /// <summary>A closed loop: each sender sends its next request as soon as the previous one is answered.</summary>
    private static async Task<(double Throughput, List<double> Latencies, int Errors)> SaturateAsync(Func<int, Task<HttpResponseMessage>> send)
    {
        var latencies = new double[Requests];
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(index);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return (Requests / clock.Elapsed.TotalSeconds, latencies.ToList(), errors);
    }

    private static async Task<(double Throughput, List<double> Latencies, int Errors)> SteadyAsync(Func<int, Task<HttpResponseMessage>> send)
    {
        var latencies = new double[Requests];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var inflight = new List<Task>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / Rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var index = i;
            inflight.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(index);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }

        await Task.WhenAll(inflight);
        return (Requests / clock.Elapsed.TotalSeconds, latencies.ToList(), errors);
    }
}
