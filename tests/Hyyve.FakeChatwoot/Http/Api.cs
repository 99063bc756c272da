using System.Text;
using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Responses rendered the way Rails renders them.</summary>
internal static class Api
{
    public static IResult Json(JsonNode? body, int status = StatusCodes.Status200OK) =>
        Results.Text(RailsJson.Serialize(body), "application/json; charset=utf-8", Encoding.UTF8, status);

    public static IResult Error(int status, string message) => Json(new JsonObject { ["error"] = message }, status);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "Resource could not be found");

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, message);

    /// <summary>Pundit denial: 401, not 403.</summary>
    public static IResult Forbidden() => Unauthorized("You are not authorized to do this action");

    public static IResult Unprocessable(string message) => Error(StatusCodes.Status422UnprocessableEntity, message);

    /// <summary>RecordInvalid: <c>{"message","attributes"}</c>.</summary>
    public static IResult Invalid(string message, params string[] attributes) => Json(
        new JsonObject { ["message"] = message, ["attributes"] = new JsonArray([.. attributes.Select(a => (JsonNode)a)]) },
        StatusCodes.Status422UnprocessableEntity);

    /// <summary><c>head :ok</c>: 200 with an empty body.</summary>
    public static IResult Empty() => Results.Ok();
}
