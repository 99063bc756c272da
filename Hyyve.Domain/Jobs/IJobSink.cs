using Npgsql;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// Where Domain code hands work to the host's transport. Hyyve.Server stores the job in PostgreSQL inside the
/// caller's transaction; Hyyve.Functions collects it for a queue output binding. Domain never names either.
/// </summary>
public interface IJobSink
{
    /// <summary>Submits a job; returns false when a job with the same dedupe key already exists.</summary>
    Task<bool> SubmitAsync(JobRequest job, NpgsqlTransaction? transaction, CancellationToken cancellationToken);
}
