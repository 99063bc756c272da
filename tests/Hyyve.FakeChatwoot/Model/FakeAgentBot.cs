namespace Hyyve.FakeChatwoot;

/// <summary>An agent bot. <see cref="AccountId"/> null means a system bot.</summary>
public sealed class FakeAgentBot
{
    public required int Id { get; init; }
    public int? AccountId { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? OutgoingUrl { get; set; }
    public required string AccessToken { get; set; }

    /// <summary>Signing secret; null simulates a bot on Chatwoot before 4.13 (unsigned deliveries).</summary>
    public string? Secret { get; set; }

    public bool IsSystemBot => AccountId is null;
}
