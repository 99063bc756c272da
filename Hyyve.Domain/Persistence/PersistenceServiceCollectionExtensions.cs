using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>One <see cref="NpgsqlDataSource"/> for the process and the start-up migrator.</summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString)
            {
                // Short waits so a stopped database is reported, not waited on.
                Timeout = 5,
                CommandTimeout = 30,
            };
            return new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        });
        builder.Services.AddSingleton<DatabaseMigrator>();
        // Registered first among hosted services, so workers start only after the schema is current.
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
