using System.Collections.Concurrent;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// A per-project change counter for in-process caches (the entity catalog). Writes in this process bump it at
/// once; writes by another process are picked up when a cached entry reaches its maximum age.
/// </summary>
public sealed class KnowledgeChanges
{
    private readonly ConcurrentDictionary<Guid, long> _versions = new();

    public long VersionOf(Guid projectId) => _versions.GetValueOrDefault(projectId);

    public void Changed(Guid projectId) => _versions.AddOrUpdate(projectId, 1, (_, version) => version + 1);
}
