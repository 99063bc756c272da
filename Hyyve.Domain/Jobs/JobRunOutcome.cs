namespace Hyyve.Domain.Jobs;

/// <summary>What a host should do with a job message after <see cref="JobDispatcher.RunAsync"/> returned.</summary>
public enum JobRunOutcome
{
    /// <summary>The handler finished; remove the message.</summary>
    Completed,

    /// <summary>The handler threw <see cref="PermanentJobException"/>: retrying cannot help, so dead-letter the message now.</summary>
    DeadLetterNow,
}
