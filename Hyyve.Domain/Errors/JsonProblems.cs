using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hyyve.Domain.Errors;

/// <summary>
/// A body that System.Text.Json could not read, as a problem a person can act on: a value of the wrong type names its
/// field and the kind of value wanted (<c>accountId must be a number</c>); broken JSON names the line and byte where it
/// broke. Both hosts read request bodies with System.Text.Json into the same records, so both answer with these words.
/// </summary>
public static partial class JsonProblems
{
    private const string ConvertPrefix = "The JSON value could not be converted to ";

    /// <param name="exception">What the serializer threw.</param>
    /// <param name="bodyType">The record the body was read into, to tell what its field wants; null when unknown.</param>
    public static ApiProblem For(JsonException exception, Type? bodyType)
    {
        var field = Field(exception.Path);
        var at = $"line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}";
        // A converter's type mismatch always says so in these words; anything else is the reader's syntax error.
        if (exception.Message.StartsWith(ConvertPrefix, StringComparison.Ordinal))
        {
            var wanted = Describe(Resolve(bodyType, exception.Path));
            return field is null
                ? new(400, "Invalid request", $"The body must be {wanted ?? "a JSON object"} (at {at}).")
                : new(400, "Invalid request", $"{field} must be {wanted ?? "of another type"} (at {at}).", field);
        }

        var reason = exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
        return new(400, "Malformed JSON", $"The body is not valid JSON at {at}: {reason}.", field);
    }

    /// <summary><c>$.projects[0].inboxId</c> → <c>projects[0].inboxId</c>; the root itself has no field.</summary>
    private static string? Field(string? path) =>
        path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The .NET type at <paramref name="path"/> inside <paramref name="root"/> (properties matched as the web defaults match them).</summary>
    private static Type? Resolve(Type? root, string? path)
    {
        var type = root;
        foreach (Match step in PathStep().Matches(path ?? ""))
        {
            if (type is null)
            {
                return null;
            }

            type = step.Groups["index"].Success
                ? ElementType(type)
                : type.GetProperty(step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["quoted"].Value,
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var item] ? item
        : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The kind of JSON value a .NET type reads (<c>long</c> → a number).</summary>
    private static string? Describe(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(type) switch
        {
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n))),
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64
                or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.Boolean => "true or false",
            TypeCode.String => "a string",
            TypeCode.DateTime => "an ISO 8601 date-time string",
            _ when type == typeof(Guid) => "a GUID string",
            _ when type == typeof(DateTimeOffset) => "an ISO 8601 date-time string",
            _ when type == typeof(TimeSpan) => "a time span string (hh:mm:ss)",
            _ when type == typeof(JsonElement) => "JSON",
            _ when typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !type.Name.Contains("Dictionary") => "an array",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>\d+)\]|\['(?<quoted>[^']+)'\]")]
    private static partial Regex PathStep();
}
