using Hyyve.LocalWorld;

namespace Hyyve.Sandbox;

/// <summary>How to ask the demo project through the HTTP API while the sandbox runs: its URL, a key, the project and ready curl lines.</summary>
internal static class PlaygroundHint
{
    public static void Print(ConnectedWorld world, TextWriter output)
    {
        var url = world.HyyveUrl.ToString().TrimEnd('/');
        var project = $"{url}/api/projects/{world.ProjectId}";
        output.WriteLine($$"""
            Hyyve:   {{url}}
            Key:     {{ConnectedWorld.AdminKey}}
            Project: {{world.ProjectId}}
            Ask it from another terminal while this one runs:
              curl -s -X POST {{project}}/ask -H 'Authorization: Bearer {{ConnectedWorld.AdminKey}}' -H 'Content-Type: application/json' -d '{"question":"How do I reset my password?"}'
              curl -s '{{project}}/search?q=refund' -H 'Authorization: Bearer {{ConnectedWorld.AdminKey}}'

            """);
    }
}
