namespace Hyyve.Domain.Jobs;

/// <summary>Every job kind, defined once. Hyyve.Functions uses the same names for its queues.</summary>
public static class JobKinds
{
    /// <summary>Diagnostic job that does nothing; used by benchmarks and health probes.</summary>
    public const string Noop = "noop";

    /// <summary>Answer (or hand off) one customer message from Chatwoot; payload <see cref="AnswerMessageJob"/>.
    /// Also the name of the Functions host's storage queue.</summary>
    public const string AnswerMessage = "chatwoot-events";

    /// <summary>Where the Functions runtime moves an <see cref="AnswerMessage"/> message whose attempts ran out (its
    /// naming rule: queue name + <c>-poison</c>); Hyyve.Functions also sends permanent failures there.</summary>
    public const string AnswerMessagePoison = AnswerMessage + "-poison";

    /// <summary>Indexes a large batch of uploaded documents (payload <c>IngestDocumentsJob</c>); also a storage queue name, so only
    /// lowercase letters, digits and hyphens.</summary>
    public const string IngestDocuments = "knowledge-ingest";

    /// <summary>Embeds a project's chunks that have no vector yet (payload <c>EmbedChunksJob</c>), after an upload that was
    /// indexed by full text at once; also a storage queue name.</summary>
    public const string EmbedChunks = "knowledge-embed";

    /// <summary>Runs one recorded Help Center sync of a project (payload <c>HelpCenterSyncJob</c>); also a storage queue name.</summary>
    public const string HelpCenterSync = "helpcenter-sync";

    /// <summary>Where the Functions runtime moves a <see cref="HelpCenterSync"/> message whose attempts ran out.</summary>
    public const string HelpCenterSyncPoison = HelpCenterSync + "-poison";

    /// <summary>Runs the next step of a tenant provisioning run (payload <c>ProvisioningStepJob</c>); Hyyve.Server only, the
    /// Functions host runs the same steps as a Durable orchestration.</summary>
    public const string ProvisioningStep = "provisioning-step";
}
