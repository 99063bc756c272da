using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hyyve.Server.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own binaries, for development and tests: created under
/// <c>dataRoot</c> on first use, reused (or restarted) later, listening on a free loopback port. PostgreSQL
/// refuses to run as root, so as root every command runs as the <c>postgres</c> user.
/// </summary>
public static class EmbeddedPostgres
{
    public const string DatabaseName = "hyyve";

    /// <summary>Starts (or finds running) the cluster and returns a connection string to its <c>hyyve</c> database.</summary>
    public static EmbeddedPostgresInstance EnsureStarted(string dataRoot)
    {
        var binaries = PostgresBinaries.Locate();
        dataRoot = Path.GetFullPath(dataRoot);
        var dataDir = Path.Combine(dataRoot, "data");
        Directory.CreateDirectory(dataRoot);
        using var startLock = AcquireLock(Path.Combine(dataRoot, ".start.lock"));
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
        {
            // An initialised cluster's files are the server's own; chown -R over them races with a running server (another
            // process's) creating and dropping database files, so then only the folder itself is handed over.
            var initialised = File.Exists(Path.Combine(dataDir, "PG_VERSION"));
            Run("chown", initialised ? ["postgres:postgres", dataRoot] : ["-R", "postgres:postgres", dataRoot], asPostgresUser: false);
            if (Run("test", ["-w", dataRoot], asPostgresUser: true, throwOnError: false) != 0)
            {
                throw new InvalidOperationException(
                    $"The postgres user cannot reach {dataRoot} (a parent folder is private). Set Database__EmbeddedDataPath to a folder it can reach, e.g. /var/tmp/hyyve.");
            }
        }

        if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            Run(binaries.InitDb, ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"], asPostgresUser);
        }

        var port = RunningPort(dataDir, binaries, asPostgresUser);
        if (port is null)
        {
            port = FreeLoopbackPort();
            var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300";
            Run(binaries.PgCtl, ["start", "-w", "-t", "60", "-D", dataDir, "-l", Path.Combine(dataRoot, "postgres.log"), "-o", settings], asPostgresUser);
        }

        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=10";
        CreateDatabaseIfMissing(admin, DatabaseName);
        var connectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database={DatabaseName}";
        return new EmbeddedPostgresInstance(connectionString, admin, dataDir, port.Value);
    }

    public static void CreateDatabaseIfMissing(string adminConnectionString, string database)
    {
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            // Identifiers cannot be parameters; the name is ours (never user input) and quoted.
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "")}\"", connection);
            create.ExecuteNonQuery();
        }
    }

    /// <summary>Stops the cluster in <paramref name="dataDir"/> (fast shutdown).</summary>
    public static void Stop(string dataDir) =>
        Run(PostgresBinaries.Locate().PgCtl, ["stop", "-m", "fast", "-w", "-D", dataDir], Environment.UserName == "root");

    private static int? RunningPort(string dataDir, PostgresBinaries binaries, bool asPostgresUser)
    {
        var pidFile = Path.Combine(dataDir, "postmaster.pid");
        if (!File.Exists(pidFile) || Run(binaries.PgCtl, ["status", "-D", dataDir], asPostgresUser, throwOnError: false) != 0)
        {
            return null;
        }

        // Line 4 of postmaster.pid is the port the running server listens on.
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static int Run(string file, string[] arguments, bool asPostgresUser, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        if (asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }

        return process.ExitCode;
    }
}
