namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>Files of the repository the tests read (README, host.json, the build's functions.metadata).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The Functions SDK's function index, from the Hyyve.Functions build of this test run's configuration.</summary>
    public static string FunctionsMetadataPath()
    {
        // The test assembly sits in tests/Hyyve.Functions.Tests/bin/<Configuration>/<tfm>/.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        return Path.Combine(Root, "Hyyve.Functions", "bin", configuration, tfm.Name, "functions.metadata");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
