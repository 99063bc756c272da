namespace Hyyve.Server.Api;

/// <summary>A dead job put back in the queue.</summary>
public sealed record JobReplayed(long JobId, string Status);
