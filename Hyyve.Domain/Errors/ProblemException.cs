namespace Hyyve.Domain.Errors;

/// <summary>A request refused with a problem that is already worded (see <see cref="RequestProblems"/>).</summary>
public sealed class ProblemException(ApiProblem problem) : Exception(problem.Detail)
{
    public ApiProblem Problem { get; } = problem;
}
