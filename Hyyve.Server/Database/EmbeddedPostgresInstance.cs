namespace Hyyve.Server.Database;

/// <summary>A running embedded cluster: where it is and how to reach it.</summary>
public sealed record EmbeddedPostgresInstance(string ConnectionString, string AdminConnectionString, string DataDirectory, int Port);
