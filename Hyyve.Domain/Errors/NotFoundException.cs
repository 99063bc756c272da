namespace Hyyve.Domain.Errors;

/// <summary>The named resource does not exist, or is not visible to the caller.</summary>
public sealed class NotFoundException(string message) : Exception(message);
