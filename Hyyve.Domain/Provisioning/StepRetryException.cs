namespace Hyyve.Domain.Provisioning;

/// <summary>A step failed in a way a later attempt may not (429, 5xx, timeout); the caller retries with backoff.</summary>
public sealed class StepRetryException(Guid runId, string step, Exception inner)
    : Exception($"Provisioning run {runId}: step {step} failed and will be retried: {inner.Message}", inner);
