using Hyyve.LocalWorld;
using Hyyve.Sandbox;

// A fake Chatwoot, Hyyve on its embedded PostgreSQL, and a demo tenant with the demo help center; type as a customer.
var root = RepositoryRoot.Find();
await using var world = await ConnectedWorld.StartAsync(new LocalWorldOptions
{
    AccountName = "Lumora",
    InboxName = "Lumora website",
    ProjectName = "Lumora help",
    Settings =
    {
        ["Database:EmbeddedDataPath"] = Path.Combine(root, ".hyyve", "sandbox-postgres"),
        ["Tenancy:EncryptionKeyFile"] = Path.Combine(root, ".hyyve", "sandbox-encryption.key"),
    },
});
await DemoKnowledge.LoadAsync(world, Path.Combine(root, "samples", "demo-helpcenter"));
PlaygroundHint.Print(world, Console.Out);
await new CustomerPrompt(world, Console.In, Console.Out).RunAsync();
