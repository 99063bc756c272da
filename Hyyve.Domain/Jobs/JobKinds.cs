namespace Hyyve.Domain.Jobs;

/// <summary>Every job kind, defined once. Hyyve.Functions uses the same names for its queues.</summary>
public static class JobKinds
{
    /// <summary>Diagnostic job that does nothing; used by benchmarks and health probes.</summary>
    public const string Noop = "noop";

    /// <summary>Answer (or hand off) one customer message from Chatwoot; payload <see cref="AnswerMessageJob"/>.
    /// Also the name of the Functions host's storage queue.</summary>
    public const string AnswerMessage = "chatwoot-events";

    /// <summary>Indexes a large batch of uploaded documents (payload <c>IngestDocumentsJob</c>).</summary>
    public const string IngestDocuments = "knowledge.ingest";
}
