namespace Hyyve.FakeChatwoot.Http;

/// <summary>Marks an action that is in BOT_ACCESSIBLE_ENDPOINTS.</summary>
internal sealed class BotAccessibleMetadata;

/// <summary>Marks an action whose Pundit policy requires an administrator.</summary>
internal sealed class AdminOnlyMetadata;

/// <summary>Endpoint conventions that attach the markers above.</summary>
internal static class EndpointRules
{
    public static TBuilder AllowBots<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BotAccessibleMetadata());

    public static TBuilder AdminOnly<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AdminOnlyMetadata());
}
