using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hyyve.Domain.Answering;
using Hyyve.Domain.Conversations;

namespace Hyyve.Domain.Telemetry;

/// <summary>
/// Hyyve's own spans and instruments, under one name (<see cref="Name"/>) that both hosts export. Spans: webhook intake,
/// each job run (a child of the intake that queued it, see <see cref="JobTrace"/>); the Chatwoot and database calls
/// below them come from the HttpClient and Npgsql instrumentation. Metrics: intake deliveries by outcome, answers by
/// decision and reason, queue depth and oldest ready age.
/// </summary>
public static class HyyveTelemetry
{
    public const string Name = "Hyyve";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("hyyve.intake.deliveries", "{delivery}",
        "Chatwoot webhook deliveries by intake outcome (queued, duplicate, unauthorized …).");

    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("hyyve.answers", "{answer}",
        "Answer jobs by decision (answer, handoff) and handoff reason.");

    public static void DeliveryAccepted(IntakeOutcome outcome)
    {
        Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
        Activity.Current?.SetTag("hyyve.intake.outcome", outcome.ToString());
    }

    public static void AnswerDecided(AnswerResult result)
    {
        var decision = result.Decision == AnswerDecision.Answer ? "answer" : "handoff";
        var reason = result.Decision == AnswerDecision.Answer ? "none" : result.Reason?.ToSnakeCase() ?? "unknown";
        Answers.Add(1, new KeyValuePair<string, object?>("decision", decision), new KeyValuePair<string, object?>("reason", reason));
        Activity.Current?.SetTag("hyyve.answer.decision", decision).SetTag("hyyve.answer.reason", reason)
            .SetTag("hyyve.answer.confidence", result.Confidence);
    }
}
