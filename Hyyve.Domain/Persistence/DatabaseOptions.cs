using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Persistence;

/// <summary>Where Hyyve keeps its system of record. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Npgsql connection string (<c>Database__ConnectionString</c>). Hyyve.Server fills it with an
    /// embedded cluster when it is empty; every other host must set it.</summary>
    [Required(ErrorMessage = "Database:ConnectionString is required (set Database__ConnectionString).")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Schema that holds every Hyyve table.</summary>
    public string Schema { get; set; } = "hyyve";
}
