using System.Globalization;
using Hyyve.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

/// <summary>Optional query values read as Hyyve.Server's binding reads them: absent is null, unreadable is a 400 naming the parameter.</summary>
internal static class QueryValues
{
    public static int? Number(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ValidationFailedException(name, $"{name} must be an integer (got \"{text}\").");

    public static System.Guid? Guid(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } text ? null
        : System.Guid.TryParse(text, out var value) ? value
        : throw new ValidationFailedException(name, $"{name} must be a GUID such as 3f2c8a8e-6f0b-4c1e-9d2a-1b2c3d4e5f60 (got \"{text}\").");
}
