using System.Text.Json.Nodes;
using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// What Hyyve puts in <c>content_attributes.hyyve</c> of its messages. Chatwoot drops
/// <c>additional_attributes</c> on create and sends <c>content_attributes</c> of public messages to the
/// customer's browser, so public messages carry only public-safe fields: answer id, confidence, cited sources.
/// </summary>
public static class ReplyAttributes
{
    public const string Key = "hyyve";

    public static JsonObject ForReply(AnswerResult answer) => Wrap(new JsonObject
    {
        ["answer_id"] = answer.AnswerId.ToString(),
        ["confidence"] = Math.Round(answer.Confidence, 3),
        ["sources"] = new JsonArray(answer.Citations.Select(c => (JsonNode)new JsonObject
        {
            ["n"] = c.N,
            ["title"] = c.Title,
            ["url"] = c.Url,
        }).ToArray()),
    });

    public static JsonObject ForHandoff(Guid answerId, string part) => Wrap(new JsonObject
    {
        ["answer_id"] = answerId.ToString(),
        ["kind"] = part,
    });

    private static JsonObject Wrap(JsonObject inner) => new() { [Key] = inner };
}
