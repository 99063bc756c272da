using Hyyve.Sandbox;

// A fake Chatwoot, Hyyve on its embedded PostgreSQL, and a demo tenant with the demo help center; type as a customer.
await using var sandbox = await Sandbox.StartAsync(args);
await new CustomerPrompt(sandbox, Console.In, Console.Out).RunAsync();
