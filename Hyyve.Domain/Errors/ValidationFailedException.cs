namespace Hyyve.Domain.Errors;

/// <summary>Input that cannot be accepted; <see cref="Field"/> names what to fix. Nothing was changed.</summary>
public sealed class ValidationFailedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
