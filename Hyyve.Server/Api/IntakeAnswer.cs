namespace Hyyve.Server.Api;

/// <summary>What the webhook answers Chatwoot: the intake outcome (e.g. <c>Queued</c>, <c>Duplicate</c>, <c>BadSignature</c>).</summary>
public sealed record IntakeAnswer(string Outcome);
