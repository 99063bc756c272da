namespace Hyyve.Server.Database;

/// <summary>Finds <c>initdb</c> and <c>pg_ctl</c>: <c>HYYVE_PG_BIN</c>, then Debian's newest
/// <c>/usr/lib/postgresql/N/bin</c>, then the PATH.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public static PostgresBinaries Locate()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("HYYVE_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .Select(dir => Path.Combine(dir, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        foreach (var dir in candidates)
        {
            var initDb = Path.Combine(dir, "initdb");
            var pgCtl = Path.Combine(dir, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        throw new InvalidOperationException(
            "No database configured and no PostgreSQL server binaries found. Either set Database__ConnectionString to an existing " +
            "PostgreSQL 14+ database, or install the server (Debian: apt-get install postgresql) or point HYYVE_PG_BIN at its bin folder.");
    }
}
