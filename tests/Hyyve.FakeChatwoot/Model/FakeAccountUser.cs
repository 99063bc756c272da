namespace Hyyve.FakeChatwoot;

/// <summary>The account_users row linking a user to an account with a role.</summary>
public sealed class FakeAccountUser
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required int UserId { get; init; }
    public required string Role { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
