using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Hyyve.Server.ConsolePage;

public static class ConsolePageHosting
{
    /// <summary>Where the built page sits beside the server's assemblies (copied from <c>console/dist</c> by the build).</summary>
    public static string PageRoot => Path.Combine(AppContext.BaseDirectory, "console");

    /// <summary>
    /// Serves the agent console at <c>/console</c>: its files, and <c>index.html</c> for every other address under it, since the page
    /// routes in the browser. A server built without the page (no Node.js at build time) says how to build it instead.
    /// </summary>
    public static WebApplication MapConsolePage(this WebApplication app)
    {
        if (!File.Exists(Path.Combine(PageRoot, "index.html")))
        {
            app.MapGet("/console/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound,
                title: "The console page is not built into this server.",
                detail: "Run `npm ci && npm run build` in console/ (scripts/test.sh does), then build Hyyve.Server again."))
                .ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(PageRoot);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/console", OnPrepareResponse = CacheHashedAssets });
        // Addresses with a file extension that matched no file stay 404 instead of becoming the page.
        app.MapFallbackToFile("/console/{**path:nonfile}", "index.html", new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        }).ExcludeFromDescription();
        return app;
    }

    // Vite names every asset after its content hash, so a cached copy can never be stale; index.html is revalidated.
    private static void CacheHashedAssets(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/console/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
