namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Runs the recorded sync <paramref name="RunId"/> of a project (job kind <c>JobKinds.HelpCenterSync</c>).</summary>
public sealed record HelpCenterSyncJob(Guid ProjectId, Guid RunId);
