using Hyyve.Domain.AgentConsole;
using Microsoft.Extensions.Options;

namespace Hyyve.Server.Console;

/// <summary>Writes <c>text/event-stream</c>: one SSE event per console event the caller may see, a comment as keep-alive.</summary>
public sealed class ConsoleEventStream(ConsoleEventBroadcaster broadcaster, IOptions<ConsoleOptions> options)
{
    public async Task WriteAsync(HttpResponse response, Guid? tenantId, Guid? projectId, CancellationToken cancellationToken)
    {
        using var subscription = broadcaster.Subscribe();
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync(": connected\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(options.Value.EventKeepAlive);
            try
            {
                var next = await subscription.Events.ReadAsync(wait.Token);
                if ((tenantId is null || next.TenantId == tenantId) && (projectId is null || next.ProjectId == projectId))
                {
                    await response.WriteAsync($"event: {next.Type}\ndata: {next.ToJson()}\n\n", cancellationToken);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await response.WriteAsync(": keepalive\n\n", cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
        }
    }
}
