using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Webhooks;

/// <summary>
/// The Sidekiq side: every job runs on its own task (so order is not guaranteed), retried only on 429/500,
/// and reported to <see cref="FinalFailure"/> when it gives up.
/// </summary>
internal sealed class WebhookDispatcher(HttpClient http, Recorder recorder, FakeChatwootOptions options) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private long _nextJob;
    private int _disposed;

    /// <summary>When set, webhook jobs that start wait here first, as behind a Sidekiq backlog.</summary>
    public FakeGate? Backlog { get; set; }

    /// <summary>Webhooks::Trigger#handle_error; runs after the last failed attempt.</summary>
    public Action<WebhookJob>? FinalFailure { get; set; }

    public int Running => _running.Count;

    /// <summary>Jobs ever enqueued; unchanged across two looks means no delivery started in between.</summary>
    public long Enqueued => Interlocked.Read(ref _nextJob);

    public IReadOnlyCollection<Exception> Errors => _errors;

    public void Enqueue(WebhookJob job)
    {
        var id = Interlocked.Increment(ref _nextJob);
        // Registered before it starts: a job that finished before being registered would stay counted forever.
        var run = new Task<Task>(() => RunTrackedAsync(id, job));
        _running[id] = run.Unwrap();
        run.Start(TaskScheduler.Default);
    }

    private async Task RunTrackedAsync(long id, WebhookJob job)
    {
        try
        {
            await RunAsync(job);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Shutting down: unfinished jobs are dropped, as Sidekiq would keep them for a later run.
        }
        catch (Exception ex)
        {
            // Kept and rethrown on dispose so a bug in the fake fails the test instead of vanishing.
            _errors.Enqueue(ex);
        }
        finally
        {
            _running.TryRemove(id, out _);
            recorder.NotifyChanged();
        }
    }

    /// <summary>One HTTP attempt: fresh timestamp and signature, same body and delivery id.</summary>
    public async Task<RecordedDelivery> SendAsync(WebhookJob job, int attempt, bool replay, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, job.Url);
        request.Content = new StringContent(job.Body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("X-Chatwoot-Delivery", job.DeliveryId);
        if (job.Secret is not null)
        {
            var ts = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            request.Headers.Add("X-Chatwoot-Timestamp", ts);
            request.Headers.Add("X-Chatwoot-Signature", WebhookSigner.Sign(job.Secret, ts, job.Body));
        }

        var headers = request.Headers.Concat(request.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var at = options.TimeProvider.GetUtcNow();
        var watch = Stopwatch.StartNew();
        int? status = null;
        string? error = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(options.WebhookTimeout);
            try
            {
                using var response = await http.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    error = $"{status} {response.ReasonPhrase}";
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                error = "timeout";
            }
            catch (HttpRequestException ex)
            {
                error = ex.Message;
            }
        }

        var delivery = new RecordedDelivery(at, job.BotId, job.Url, job.Event, job.DeliveryId, attempt, headers, job.Body,
            status, error, watch.Elapsed, job.ConversationDisplayId, job.MessageId, replay);
        recorder.Add(delivery);
        return delivery;
    }

    private async Task RunAsync(WebhookJob job)
    {
        if (Backlog is { } backlog)
        {
            await backlog.PassAsync();
        }

        for (var attempt = 1; ; attempt++)
        {
            var delivery = await SendAsync(job, attempt, replay: false, _stop.Token);
            if (delivery.Succeeded)
            {
                return;
            }

            // RETRYABLE_AGENT_BOT_STATUSES = [429, 500]; timeouts and other errors fail at once.
            if (delivery.StatusCode is 429 or 500 && attempt < options.WebhookAttempts)
            {
                await Task.Delay(options.RetryDelay, options.TimeProvider, _stop.Token);
                continue;
            }

            FinalFailure?.Invoke(job);
            return;
        }
    }

    // Disposed by the server first (to surface errors) and again by the DI container.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await Task.WhenAll(_running.Values);
        _stop.Dispose();
    }
}
