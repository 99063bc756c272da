namespace Hyyve.Domain.Errors;

/// <summary>The problems of a request that never reached a Domain rule, worded once for both hosts.</summary>
public static class RequestProblems
{
    public const string JsonMediaType = "application/json";

    /// <summary>400: the route takes a JSON body and none was sent.</summary>
    public static readonly ApiProblem BodyRequired =
        new(400, "Missing body", $"A JSON body is required: send one with Content-Type: {JsonMediaType}.", "body");

    /// <summary>The body, or <see cref="BodyRequired"/> when there is none (or a bare <c>null</c>).</summary>
    public static T RequireBody<T>(T? body)
        where T : class => body ?? throw new ProblemException(BodyRequired);

    /// <summary>415: the body is not declared as JSON.</summary>
    public static ApiProblem UnsupportedMediaType(string? contentType) =>
        new(415, "Unsupported media type",
            $"Send the body as JSON with Content-Type: {JsonMediaType} (this request said {(string.IsNullOrWhiteSpace(contentType) ? "nothing" : contentType)}).");
}
