namespace Hyyve.FakeChatwoot;

/// <summary>A contact (the customer) and its contact_inbox in one inbox.</summary>
public sealed class FakeContact
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? PhoneNumber { get; init; }
    public string? Identifier { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastActivityAt { get; internal set; }
}
