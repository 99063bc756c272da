namespace Hyyve.Server.Database;

public static class EmbeddedPostgresHostingExtensions
{
    /// <summary>With no <c>Database:ConnectionString</c>, starts (or reuses) a private cluster under
    /// <c>Database:EmbeddedDataPath</c> (default <c>.hyyve/postgres</c>, relative paths under <see cref="LocalFolder"/>).</summary>
    public static WebApplicationBuilder UseEmbeddedPostgresWhenUnconfigured(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Database:ConnectionString"]))
        {
            return builder;
        }

        var dataRoot = LocalFolder.Resolve(builder.Environment.ContentRootPath,
            builder.Configuration["Database:EmbeddedDataPath"] ?? Path.Combine(".hyyve", "postgres"));
        var instance = EmbeddedPostgres.EnsureStarted(dataRoot);
        builder.Configuration["Database:ConnectionString"] = instance.ConnectionString;
        builder.Services.AddSingleton(instance);
        builder.Services.AddHostedService<EmbeddedPostgresAnnouncer>();
        return builder;
    }
}
