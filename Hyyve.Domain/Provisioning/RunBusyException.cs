namespace Hyyve.Domain.Provisioning;

/// <summary>Another worker holds the run's lock (a job whose lease lapsed while its first holder still works): try later.</summary>
public sealed class RunBusyException(Guid runId) : Exception($"Provisioning run {runId} is being worked on by another worker.");
