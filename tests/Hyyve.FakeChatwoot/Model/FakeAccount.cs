namespace Hyyve.FakeChatwoot;

/// <summary>A Chatwoot account (tenant).</summary>
public sealed class FakeAccount
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string Locale { get; init; } = "en";
    public string? Domain { get; init; }
    public string? SupportEmail { get; init; }

    /// <summary>The account's <c>custom_attributes</c> hash, as given on create.</summary>
    public System.Text.Json.Nodes.JsonObject CustomAttributes { get; init; } = [];

    /// <summary>The console-only account setting of §3: a failed bot delivery keeps the conversation pending.</summary>
    public bool KeepPendingOnBotFailure { get; set; }

    internal int LastDisplayId { get; set; }
}
