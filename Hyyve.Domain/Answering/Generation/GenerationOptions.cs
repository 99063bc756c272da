using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// Optional answer generation by an OpenAI-compatible chat model. Section <c>Answering:Generation</c>
/// (<c>Answering__Generation__Model</c> …). An empty <see cref="Model"/> (the default) turns it off: answers are extractive.
/// </summary>
public sealed class GenerationOptions
{
    public const string SectionName = "Answering:Generation";

    /// <summary>Chat model name (e.g. gpt-4o-mini, or llama3.1 on Ollama). Empty: no generation.</summary>
    public string? Model { get; set; }

    /// <summary>Base URL of the OpenAI-compatible API; empty means api.openai.com. Azure OpenAI's v1 endpoint
    /// (https://NAME.openai.azure.com/openai/v1/), Ollama (http://localhost:11434/v1) and vLLM (http://HOST:8000/v1) work too.</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key of that endpoint; local servers accept any value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest wait for the model, above zero and at most 5 minutes; past it the answer falls back to the extractive one.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Most tokens the model may write (the JSON answer included).</summary>
    [Range(16, 16384)]
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>Sampling temperature; 0 keeps answers repeatable. Empty sends none, for models that accept only their
    /// default (OpenAI's reasoning models answer 400 to any other).</summary>
    [Range(0.0, 2.0)]
    public double? Temperature { get; set; } = 0;

    /// <summary>Most recent conversation turns shown to the model before the question.</summary>
    [Range(0, 50)]
    public int HistoryTurns { get; set; } = 6;

    /// <summary>Whether generation is on.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Model);
}
