using System.Diagnostics.Metrics;
using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Telemetry;

/// <summary>
/// Queue depth and the age of the oldest ready job as gauges. Sampled every 15 s in the background, because a gauge's
/// callback runs on the exporter's thread and must not wait on the database.
/// </summary>
internal sealed class JobQueueGauges : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private readonly JobQueueAdmin _queue;
    private readonly TimeProvider _time;
    private readonly ILogger<JobQueueGauges> _logger;
    private JobQueueStats? _last;

    public JobQueueGauges(JobQueueAdmin queue, TimeProvider time, ILogger<JobQueueGauges> logger)
    {
        _queue = queue;
        _time = time;
        _logger = logger;
        HyyveTelemetry.Meter.CreateObservableGauge("hyyve.jobs.depth", () => Depth(), "{job}", "Jobs ready or running, by status.");
        HyyveTelemetry.Meter.CreateObservableGauge("hyyve.jobs.oldest_ready_age", () => _last?.OldestReadyAgeSeconds ?? 0, "s",
            "Age of the oldest job waiting to run.");
    }

    private IEnumerable<Measurement<long>> Depth()
    {
        if (_last is { } last)
        {
            yield return new Measurement<long>(last.Ready, new KeyValuePair<string, object?>("status", "ready"));
            yield return new Measurement<long>(last.Running, new KeyValuePair<string, object?>("status", "running"));
            yield return new Measurement<long>(last.Dead, new KeyValuePair<string, object?>("status", "dead"));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _last = await _queue.GetStatsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed sample only leaves the gauges at their last value; health reports the database itself.
                _logger.LogWarning(ex, "Sampling the job queue for metrics failed");
            }

            await Task.Delay(Interval, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
