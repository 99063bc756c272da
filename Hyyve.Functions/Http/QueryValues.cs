using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hyyve.Functions.Http;

/// <summary>Optional query values read as Hyyve.Server's binding reads them: absent is null, unreadable is a 400 naming the parameter.</summary>
internal static class QueryValues
{
    public static int? Number(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new RequestBodyException(StatusCodes.Status400BadRequest);

    public static System.Guid? Guid(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } text ? null
        : System.Guid.TryParse(text, out var value) ? value
        : throw new RequestBodyException(StatusCodes.Status400BadRequest);
}
