using System.Collections.Immutable;

namespace Hyyve.FakeChatwoot;

/// <summary>A Chatwoot user (agent or administrator) with its personal API access token.</summary>
public sealed class FakeUser
{
    public required int Id { get; init; }
    public required string Name { get; set; }
    public required string Email { get; init; }
    public required string AccessToken { get; init; }
    public string? DisplayName { get; set; }
    public required string PubsubToken { get; init; }

    // Swapped as a whole under the store lock so tests can read it without locking.
    internal ImmutableDictionary<int, FakeAccountUser> Memberships { get; set; } =
        ImmutableDictionary<int, FakeAccountUser>.Empty;

    /// <summary>The user's role in the account (<c>administrator</c> or <c>agent</c>), or null when not a member.</summary>
    public string? RoleIn(int accountId) => Memberships.TryGetValue(accountId, out var m) ? m.Role : null;

    public string AvailableName => DisplayName ?? Name;
}
