using Hyyve.Domain.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Http;

/// <summary>
/// The frame of every project route, as the server's <c>AnyKey</c> policy plus its visibility check: a valid key
/// (401 otherwise), a project that key may see (404 otherwise, confirming nothing), and problem details for errors.
/// </summary>
public sealed class ProjectRoute(ApiKeyGate keys, ProjectStore projects)
{
    public Task<IActionResult> RunAsync(HttpRequest request, Guid projectId, ILogger logger, Func<Task<IActionResult>> run,
        CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
        {
            await projects.GetVisibleProjectAsync(projectId, caller, cancellationToken);
            return await run();
        }, cancellationToken);

    /// <summary>The same frame, for a body that needs the project itself (its portal, its settings).</summary>
    public Task<IActionResult> RunAsync(HttpRequest request, Guid projectId, ILogger logger, Func<Project, Task<IActionResult>> run,
        CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
            await run(await projects.GetVisibleProjectAsync(projectId, caller, cancellationToken)), cancellationToken);
}
