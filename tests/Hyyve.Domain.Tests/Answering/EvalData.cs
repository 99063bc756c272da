namespace Hyyve.Domain.Tests.Answering;

/// <summary>The shared evaluation sets live beside the repository (<c>../shared/eval</c>); absent locally → skipped, on CI → failure.</summary>
internal static class EvalData
{
    public static string? File(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", "eval", .. parts]);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.True(Environment.GetEnvironmentVariable("CI") is null, $"Evaluation data {string.Join('/', parts)} not found beside the repository.");
        return null;
    }
}
