namespace Hyyve.LocalWorld;

/// <summary>What to name things, and the settings Hyyve.Server starts with (on top of a local admin key).</summary>
public sealed class LocalWorldOptions
{
    public string AccountName { get; init; } = "Acme";

    public string InboxName { get; init; } = "Acme website";

    public string ProjectName { get; init; } = "Acme help";

    public string Environment { get; init; } = "Development";

    /// <summary>The Help Center portal slug the project syncs from (none by default).</summary>
    public string? PortalSlug { get; init; }

    public Dictionary<string, string?> Settings { get; init; } = [];
}
