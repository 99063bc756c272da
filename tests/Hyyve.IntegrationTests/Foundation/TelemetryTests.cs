using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Hyyve.Domain.Telemetry;
using Hyyve.IntegrationTests.BotLoop;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Hyyve.IntegrationTests.Foundation;

/// <summary>One trace from webhook intake through the answer job to the Chatwoot calls; OTLP export only when configured.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_reply_is_one_trace_from_intake_through_the_job_to_the_Chatwoot_message_post()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is HyyveTelemetry.Name or "System.Net.Http" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var measured = new ConcurrentBag<(string Instrument, string Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == HyyveTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            measured.Add((instrument.Name, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        meters.Start();
        await using var world = await BotLoopWorld.StartAsync("telemetry");
        var conversation = world.StartConversation();

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot replied");

        var intake = spans.First(s => s.OperationName == "chatwoot intake" && Equals(s.GetTagItem("hyyve.tenant.id"), world.TenantId)
            && (string?)s.GetTagItem("hyyve.intake.outcome") == "Queued");
        Activity? job = null;
        await Eventually.TrueAsync(() => (job = spans.FirstOrDefault(s => s.OperationName == "job chatwoot-events" && s.TraceId == intake.TraceId)) is not null,
            BotLoopWorld.Wait, "the job's span ended");
        Assert.Equal("answer", job!.GetTagItem("hyyve.answer.decision"));
        var post = Assert.Single(spans, s => s.Source.Name == "System.Net.Http" && s.TraceId == intake.TraceId
            && (s.GetTagItem("url.full") as string)?.EndsWith($"/conversations/{conversation.DisplayId}/messages") == true);
        Assert.True(Descends(post, job, spans), "the message post is not inside the job's span");
        Assert.Contains(("hyyve.intake.deliveries", "outcome=Queued"), measured);
        Assert.Contains(("hyyve.answers", "decision=answer,reason=none"), measured);
    }

    [Fact]
    public async Task Traces_are_exported_by_OTLP_only_when_an_endpoint_is_configured()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using (var silent = await TestServer.StartAsync(TestPostgres.CreateDatabase("otelsilent")))
        {
            Assert.Null(silent.Services.GetService<TracerProvider>());
        }

        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("otelexport"), new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = collector.Endpoint.ToString(),
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
        });
        using var client = server.CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        await Eventually.TrueAsync(() => collector.Received("/v1/traces") > 0, TimeSpan.FromSeconds(30), "the collector received traces");
    }

    private static bool Descends(Activity span, Activity ancestor, IEnumerable<Activity> all)
    {
        var bySpan = all.GroupBy(a => a.SpanId).ToDictionary(g => g.Key, g => g.First());
        for (var current = span; current is not null; current = bySpan.GetValueOrDefault(current.ParentSpanId))
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An OTLP/HTTP receiver on loopback that counts the export requests per signal path.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, int> _received = new();

        private OtlpCollector(WebApplication app) => _app = app;

        public Uri Endpoint => new(_app.Urls.First());

        public int Received(string path) => _received.GetValueOrDefault(path);

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.MapPost("/v1/{signal}", (HttpContext http) =>
            {
                collector._received.AddOrUpdate(http.Request.Path.Value!, 1, (_, n) => n + 1);
                return Results.Ok();
            });
            await app.StartAsync();
            return collector;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
