using Hyyve.FakeChatwoot.Http;
using Hyyve.FakeChatwoot.State;
using Hyyve.FakeChatwoot.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hyyve.FakeChatwoot;

/// <summary>
/// A fake Chatwoot v4.15.1 on 127.0.0.1: the Application and Platform APIs Hyyve uses, agent-bot webhooks
/// with signing and retries, fault injection, and recordings to assert on.
/// </summary>
public sealed partial class FakeChatwootServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeStore _store;
    private readonly Recorder _recorder;
    private readonly Provisioner _provisioner;
    private readonly ChatEngine _engine;
    private readonly WebhookDispatcher _dispatcher;

    private FakeChatwootServer(WebApplication app, FakeStore store, Recorder recorder, FaultInjector faults)
    {
        _app = app;
        _store = store;
        _recorder = recorder;
        Faults = faults;
        _provisioner = app.Services.GetRequiredService<Provisioner>();
        _engine = app.Services.GetRequiredService<ChatEngine>();
        _dispatcher = app.Services.GetRequiredService<WebhookDispatcher>();
        _dispatcher.FinalFailure = job =>
        {
            lock (_store.Gate)
            {
                _engine.OnDeliveryFailed(job);
            }
        };
    }

    /// <summary>Root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The platform app's access token for <c>/platform/api/v1</c>.</summary>
    public string PlatformToken => _store.PlatformToken;

    public FaultInjector Faults { get; }

    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    public IReadOnlyList<RecordedDelivery> Deliveries => _recorder.Deliveries;

    /// <summary>Webhook jobs still running (including retry waits).</summary>
    public int PendingDeliveries => _dispatcher.Running;

    /// <summary>Holds every webhook that starts from now on until <paramref name="gate"/> opens (a Sidekiq backlog);
    /// null stops holding new ones.</summary>
    public void HoldDeliveries(FakeGate? gate) => _dispatcher.Backlog = gate;

    /// <summary>Webhook jobs ever started (delivered, retrying or given up).</summary>
    public long DeliveriesStarted => _dispatcher.Enqueued;

    public static async Task<FakeChatwootServer> StartAsync(FakeChatwootOptions? options = null, CancellationToken ct = default)
    {
        options ??= new FakeChatwootOptions();
        var store = new FakeStore(options.TimeProvider, options.PlatformToken ?? Tokens.SecureToken());
        var recorder = new Recorder();
        var faults = new FaultInjector();
        var app = FakeChatwootApp.Build(options, store, recorder, faults);
        var server = new FakeChatwootServer(app, store, recorder, faults);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C or SIGTERM when run by hand).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    /// <summary>Forget recorded requests and deliveries (state is kept).</summary>
    public void ClearRecordings() => _recorder.Clear();

    /// <summary>Polls <paramref name="condition"/> on every recorded change and at least every 50 ms.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var signal = new SemaphoreSlim(0);
        void OnChanged() => signal.Release();
        _recorder.Changed += OnChanged;
        try
        {
            while (!condition())
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromMilliseconds(50), deadline.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    if (condition())
                    {
                        return;
                    }

                    throw new TimeoutException($"Condition not met within {timeout}.");
                }
            }
        }
        finally
        {
            // Not disposed: a change raised concurrently may still release it, and it holds no handle.
            _recorder.Changed -= OnChanged;
        }
    }

    /// <summary>Re-send a recorded delivery verbatim (same body and X-Chatwoot-Delivery, fresh signature) to test dedupe.</summary>
    public Task<RecordedDelivery> SendRawWebhookAsync(RecordedDelivery delivery, CancellationToken ct = default)
    {
        string? secret;
        lock (_store.Gate)
        {
            secret = _store.Bots.TryGetValue(delivery.BotId, out var bot) ? bot.Secret : null;
        }

        var job = new WebhookJob(delivery.BotId, delivery.Url, secret, delivery.Event, delivery.DeliveryId, delivery.Body,
            0, delivery.ConversationDisplayId, delivery.MessageId);
        return _dispatcher.SendAsync(job, delivery.Attempt, replay: true, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _dispatcher.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_dispatcher.Errors.Count > 0)
        {
            throw new AggregateException("The fake Chatwoot failed in a background webhook job.", _dispatcher.Errors);
        }
    }
}
