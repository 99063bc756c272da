using System.Text.Json;

namespace Hyyve.Domain.Answering.Generation;

/// <summary>Reads the model's JSON answer, tolerating a Markdown code fence or prose around the object.</summary>
internal static class ModelAnswerParser
{
    /// <summary>The parsed answer, or null with the reason it could not be read.</summary>
    public static (ModelAnswer? Answer, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "The model returned no content.");
        }

        var start = text.IndexOf('{');
        if (start < 0)
        {
            return (null, "The model's output is not a JSON object.");
        }

        // Up to the last brace, so a fence or a remark after the object is ignored; a truncated object stays truncated.
        var end = text.LastIndexOf('}');
        var json = end > start ? text.AsSpan(start, end - start + 1) : text.AsSpan(start);
        try
        {
            var answer = JsonSerializer.Deserialize(json, GenerationJsonContext.Default.ModelAnswer);
            return answer is null ? (null, "The model's output is JSON null.") : (answer, null);
        }
        catch (JsonException ex)
        {
            return (null, "The model's output is malformed JSON: " + ex.Message);
        }
    }
}
