using System.Text.Json;

namespace Hyyve.Domain.Errors;

/// <summary>
/// A body that System.Text.Json could not read, as a problem a person can act on: a value of the wrong type names its
/// field and the type wanted (<c>accountId must be a number</c>); broken JSON names the line and byte where it broke.
/// Both hosts read request bodies with System.Text.Json, so both answer with these words.
/// </summary>
public static class JsonProblems
{
    private const string ConvertPrefix = "The JSON value could not be converted to ";

    public static ApiProblem For(JsonException exception)
    {
        var field = Field(exception.Path);
        var at = $"line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}";
        // A syntax error carries the reader's exception; a type mismatch is raised by the converter without one.
        if (exception.InnerException is null && exception.Message.StartsWith(ConvertPrefix, StringComparison.Ordinal))
        {
            var wanted = Describe(exception.Message[ConvertPrefix.Length..].Split(". Path:")[0]);
            return field is null
                ? new(400, "Invalid request", $"The body must be {wanted} (at {at}).")
                : new(400, "Invalid request", $"{field} must be {wanted} (at {at}).", field);
        }

        var reason = exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
        return new(400, "Malformed JSON", $"The body is not valid JSON at {at}: {reason}.", field);
    }

    /// <summary><c>$.projects[0].inboxId</c> → <c>projects[0].inboxId</c>; the root itself has no field.</summary>
    private static string? Field(string? path) =>
        path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The JSON kind a .NET type name stands for (<c>System.Int64</c> → a number).</summary>
    private static string Describe(string typeName)
    {
        if (typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
        {
            typeName = typeName["System.Nullable`1[".Length..].TrimEnd(']');
        }

        return typeName switch
        {
            "System.Byte" or "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64"
                or "System.Single" or "System.Double" or "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            "System.String" => "a string",
            "System.Guid" => "a GUID string",
            "System.DateTime" or "System.DateTimeOffset" => "an ISO 8601 date-time string",
            "System.TimeSpan" => "a time span string (hh:mm:ss)",
            _ when typeName.EndsWith("[]", StringComparison.Ordinal) || typeName.Contains("List`1") || typeName.Contains("Enumerable`1")
                || typeName.Contains("Collection`1") => "an array",
            _ => "an object",
        };
    }
}
