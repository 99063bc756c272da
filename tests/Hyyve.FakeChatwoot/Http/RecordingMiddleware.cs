using System.Text;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>
/// Runs after routing, before auth (rack-attack also answers before Rails authenticates):
/// resolves the token, applies injected faults, and records request and response.
/// </summary>
internal sealed class RecordingMiddleware(RequestDelegate next, FakeStore store, Recorder recorder, FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext http)
    {
        http.Request.EnableBuffering();
        var requestBody = await new StreamReader(http.Request.Body, leaveOpen: true).ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        var caller = Caller.Resolve(http, store);
        var template = RouteTemplate(http);
        var fault = template is null ? null : faults.Take(http.Request.Method, template);

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            if (fault?.Gate is { } gate)
            {
                await gate.PassAsync();
            }

            if (fault is { AfterProcessing: false } && fault.DelayBy > TimeSpan.Zero)
            {
                await Task.Delay(fault.DelayBy, http.RequestAborted);
            }

            if (fault is { AfterProcessing: true, StatusCode: null })
            {
                await next(http);
                await HoldAsync(fault.DelayBy, http.RequestAborted);
            }
            else if (fault is { AfterProcessing: true, StatusCode: int lateStatus })
            {
                await next(http);
                buffer.SetLength(0);
                http.Response.Clear();
                await WriteFaultAsync(http, lateStatus);
            }
            else if (fault?.StatusCode is int status)
            {
                await WriteFaultAsync(http, status);
            }
            else
            {
                await next(http);
            }
        }
        finally
        {
            http.Response.Body = original;
            buffer.Position = 0;
            var responseBody = Encoding.UTF8.GetString(buffer.ToArray());
            await buffer.CopyToAsync(original, CancellationToken.None);
            recorder.Add(new RecordedRequest(store.Now, http.Request.Method, http.Request.Path.Value ?? "",
                http.Request.QueryString.Value ?? "", template, caller.Kind, caller.OwnerId, requestBody,
                http.Response.StatusCode, responseBody, fault));
        }
    }

    /// <summary>Waits, ending quietly when the client goes away (the point of the fault).</summary>
    private static async Task HoldAsync(TimeSpan delay, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, aborted);
        }
        catch (OperationCanceledException)
        {
            // The client disconnected while the answer was held.
        }
    }

    private static string? RouteTemplate(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } raw ? "/" + raw.TrimStart('/') : null;

    private static Task WriteFaultAsync(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            // rack-attack's default throttled responder; deliberately no Retry-After header.
            http.Response.ContentType = "text/plain";
            return http.Response.WriteAsync("Retry later\n");
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(status == 500
            ? "{\"status\":500,\"error\":\"Internal Server Error\"}"
            : $"{{\"error\":\"Injected fault {status}\"}}");
    }
}
