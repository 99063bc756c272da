using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.AgentConsole;

/// <summary>Parameters and nullable reads the console's statements share.</summary>
internal static class ConsoleParameters
{
    public static NpgsqlParameter Tenant(Guid? tenantId) =>
        new("tenant_id", NpgsqlDbType.Uuid) { Value = (object?)tenantId ?? DBNull.Value };

    public static double? NullableDouble(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static Guid? NullableGuid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
