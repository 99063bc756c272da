namespace Hyyve.Domain.Jobs;

public sealed record DeadJob(long Id, string Kind, string Payload, int Attempts, string LastError,
    DateTimeOffset CreatedAt, DateTimeOffset DeadAt);
