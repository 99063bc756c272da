namespace Hyyve.Domain.Conversations;

/// <summary>This process's identity: a job accepted by another instance (or before a restart) cannot know what Chatwoot
/// did while it was not running.</summary>
public sealed class ProcessInstance
{
    public Guid Id { get; } = Guid.NewGuid();
}
