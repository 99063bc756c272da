using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// <see cref="IAnswerGenerator"/> over an <see cref="IChatClient"/> (an OpenAI-compatible endpoint in production): asks for
/// a JSON answer with its cited source numbers, keeps only citations of given sources, and turns every model failure
/// into <see cref="GenerationOutcome.Failed"/> so the caller can fall back to the extractive answer.
/// </summary>
public sealed class ChatAnswerGenerator(IChatClient chatClient, IOptions<GenerationOptions> options, TimeProvider timeProvider,
    ILogger<ChatAnswerGenerator> logger) : IAnswerGenerator
{
    private static readonly ChatResponseFormat AnswerFormat = ChatResponseFormat.ForJsonSchema<ModelAnswer>(
        GenerationJsonContext.Default.Options, "help_center_answer", "An answer from the numbered sources, with the numbers it cites.");

    private readonly GenerationOptions _options = options.Value;

    public async Task<GeneratedAnswer> GenerateAsync(GenerationRequest request, CancellationToken ct)
    {
        var model = _options.Model ?? "";
        if (request.Sources.Count == 0)
        {
            // Nothing to cite, so nothing the model says could be posted: spare the call.
            return new GeneratedAnswer(GenerationOutcome.NotAnswerable, null, [], model, 0, 0, 0, null);
        }

        var started = timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        ChatResponse response;
        try
        {
            response = await chatClient.GetResponseAsync(GenerationPrompt.Build(request, _options.HistoryTurns), ChatOptions(), linked.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Deliberate fallback (house style 6): a model outage must not fail the answer job, the extractive answer stands in.
            var elapsed = Elapsed(started);
            GenerationLog.Failed(logger, model, elapsed, ex);
            var error = ex is OperationCanceledException
                ? $"The model did not answer within {_options.Timeout.TotalSeconds:0.###} s."
                : $"{ex.GetType().Name}: {ex.Message}";
            return new GeneratedAnswer(GenerationOutcome.Failed, null, [], model, 0, 0, elapsed, error);
        }

        return Interpret(request, response, Elapsed(started));
    }

    private GeneratedAnswer Interpret(GenerationRequest request, ChatResponse response, double latencyMs)
    {
        var model = string.IsNullOrWhiteSpace(response.ModelId) ? _options.Model ?? "" : response.ModelId;
        var promptTokens = (int)(response.Usage?.InputTokenCount ?? 0);
        var completionTokens = (int)(response.Usage?.OutputTokenCount ?? 0);
        var (parsed, error) = ModelAnswerParser.Parse(response.Text);
        if (parsed is null)
        {
            GenerationLog.Unusable(logger, model, latencyMs, error!);
            return new GeneratedAnswer(GenerationOutcome.Failed, null, [], model, promptTokens, completionTokens, latencyMs, error);
        }

        var given = request.Sources.Select(s => s.N).ToHashSet();
        var declared = parsed.Citations ?? [];
        var (text, cited) = CitationFilter.Apply(parsed.Answer ?? "", declared, given);
        var removed = declared.Where(n => !given.Contains(n)).Distinct().ToList();
        if (removed.Count > 0)
        {
            GenerationLog.RemovedCitations(logger, model, string.Join(", ", removed));
        }

        var outcome = parsed.Answerable && text.Length > 0 && cited.Count > 0 ? GenerationOutcome.Answered : GenerationOutcome.NotAnswerable;
        GenerationLog.Generated(logger, model, outcome, cited.Count, latencyMs, promptTokens, completionTokens);
        return new GeneratedAnswer(outcome, text.Length == 0 ? null : text, outcome == GenerationOutcome.Answered ? cited : [],
            model, promptTokens, completionTokens, latencyMs, null);
    }

    private ChatOptions ChatOptions() => new()
    {
        ModelId = _options.Model,
        Temperature = (float?)_options.Temperature,
        MaxOutputTokens = _options.MaxOutputTokens,
        ResponseFormat = AnswerFormat,
    };

    private double Elapsed(long started) => timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
