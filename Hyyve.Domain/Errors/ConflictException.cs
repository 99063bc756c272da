namespace Hyyve.Domain.Errors;

/// <summary>The request contradicts the current state (for example a replay of a job that is not dead).</summary>
public sealed class ConflictException(string message) : Exception(message);
