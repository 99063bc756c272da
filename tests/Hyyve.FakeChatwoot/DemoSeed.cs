namespace Hyyve.FakeChatwoot;

/// <summary>The <c>--seed-demo</c> data for manual runs: one account, one admin, one web-widget inbox.</summary>
internal static class DemoSeed
{
    public static void Print(FakeChatwootServer fake)
    {
        var account = fake.CreateAccount("Acme");
        var admin = fake.CreateUser(account.Id, "Ada Admin", "ada@acme.example", role: "administrator");
        var inbox = fake.CreateWebWidgetInbox(account.Id, "Acme Website");
        Console.WriteLine($"Account id: {account.Id}");
        Console.WriteLine($"Admin user id: {admin.Id}  token: {admin.AccessToken}");
        Console.WriteLine($"Web widget inbox id: {inbox.Id}");
    }
}
