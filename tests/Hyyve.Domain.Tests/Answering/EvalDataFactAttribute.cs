namespace Hyyve.Domain.Tests.Answering;

/// <summary>
/// A test over an evaluation set under <c>../shared/eval/</c>. Without the file it is skipped (reported as skipped, with the
/// reason) unless <c>CI</c> is set: on CI it runs and fails, since missing data there is a broken checkout, not a choice.
/// </summary>
public sealed class EvalDataFactAttribute : FactAttribute
{
    public EvalDataFactAttribute(params string[] parts)
    {
        if (EvalData.Find(parts) is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Evaluation data shared/eval/{string.Join('/', parts)} is not beside the repository. With CI set this test fails instead.";
        }
    }
}
