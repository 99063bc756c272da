namespace Hyyve.Domain.Errors;

/// <summary>The RFC 7807 fields of an error response. <see cref="Field"/> names the input to fix, when there is one.</summary>
public sealed record ApiProblem(int Status, string Title, string Detail, string? Field = null)
{
    public bool IsServerError => Status >= 500;
}
