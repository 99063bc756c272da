using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tenancy;

/// <summary>
/// Short-lived cache of the lookups every webhook makes (the tenant with its secrets, the project of an inbox), so
/// intake spends its time on the one transaction that matters. Entries live <see cref="TenancyOptions.CacheDuration"/>;
/// a connect in this process evicts its tenant at once, other processes see the change within that time, and a
/// signature that fails against a cached secret is checked again against a fresh read before it is refused.
/// </summary>
public sealed class TenantDirectory(TenantStore tenants, ProjectStore projects, IOptions<TenancyOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Entry<ChatwootTenant?>> _tenants = new();
    private readonly ConcurrentDictionary<(Guid, long), Entry<Project?>> _inboxes = new();

    public async Task<ChatwootTenant?> GetTenantAsync(Guid tenantId, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _tenants.TryGetValue(tenantId, out var cached) && cached.Expires > time.GetUtcNow())
        {
            return cached.Value;
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        _tenants[tenantId] = new Entry<ChatwootTenant?>(tenant, time.GetUtcNow() + options.Value.CacheDuration);
        return tenant;
    }

    public async Task<Project?> GetProjectByInboxAsync(Guid tenantId, long inboxId, CancellationToken cancellationToken)
    {
        if (_inboxes.TryGetValue((tenantId, inboxId), out var cached) && cached.Expires > time.GetUtcNow())
        {
            return cached.Value;
        }

        var project = await projects.FindByInboxAsync(tenantId, inboxId, cancellationToken);
        _inboxes[(tenantId, inboxId)] = new Entry<Project?>(project, time.GetUtcNow() + options.Value.CacheDuration);
        return project;
    }

    public void Evict(Guid tenantId)
    {
        _tenants.TryRemove(tenantId, out _);
        foreach (var key in _inboxes.Keys.Where(k => k.Item1 == tenantId))
        {
            _inboxes.TryRemove(key, out _);
        }
    }

    private sealed record Entry<T>(T Value, DateTimeOffset Expires);
}
