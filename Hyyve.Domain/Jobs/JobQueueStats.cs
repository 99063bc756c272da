namespace Hyyve.Domain.Jobs;

public sealed record JobQueueStats(long Ready, long Running, long Dead, double OldestReadyAgeSeconds);
