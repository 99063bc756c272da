namespace Hyyve.Domain.Jobs;

/// <summary>Thrown by a handler when retrying cannot help; the job is dead-lettered at once.</summary>
public sealed class PermanentJobException(string message, Exception? inner = null) : Exception(message, inner);
