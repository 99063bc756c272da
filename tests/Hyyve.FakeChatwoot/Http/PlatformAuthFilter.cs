namespace Hyyve.FakeChatwoot.Http;

/// <summary>PlatformController: only the platform app's token is accepted.</summary>
internal sealed class PlatformAuthFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Caller.Of(context.HttpContext).Kind == "platform_app"
            ? await next(context)
            : Api.Unauthorized("Invalid access_token");
}
