namespace Hyyve.Server;

/// <summary>
/// Where the server keeps local state (<c>.hyyve/</c>: the embedded cluster, the generated encryption key). Relative paths
/// resolve against the repository root when the server runs from a checkout (the nearest folder above the content root
/// that holds <c>Hyyve.sln</c>), else against the content root, so <c>dotnet run</c> from any folder, the scripts and the
/// tools all use one <c>.hyyve/</c>.
/// </summary>
public static class LocalFolder
{
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(contentRoot);
    }

    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root(contentRoot), path));
}
