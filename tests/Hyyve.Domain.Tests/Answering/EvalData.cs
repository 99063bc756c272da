namespace Hyyve.Domain.Tests.Answering;

/// <summary>Finds an evaluation file in <c>shared/eval/</c> beside the repository (or one of its parents).</summary>
internal static class EvalData
{
    public static string? Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", "eval", .. parts]);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The file; a test marked <see cref="EvalDataFactAttribute"/> runs without it only on CI, where that fails.</summary>
    public static string File(params string[] parts) =>
        Find(parts) ?? throw new FileNotFoundException($"Evaluation data shared/eval/{string.Join('/', parts)} is missing (CI is set).");
}
