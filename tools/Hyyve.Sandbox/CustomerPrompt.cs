using Hyyve.FakeChatwoot;
using Hyyve.LocalWorld;

namespace Hyyve.Sandbox;

/// <summary>
/// The terminal side of the sandbox: each line is a customer message in the web widget; the bot's reply, its
/// private note to agents and status changes are printed as Chatwoot would show them.
/// </summary>
internal sealed class CustomerPrompt(ConnectedWorld sandbox, TextReader input, TextWriter output)
{
    private FakeConversation _conversation = null!;
    private int _seen;

    public async Task RunAsync()
    {
        output.WriteLine($"Hyyve sandbox: Hyyve at {sandbox.HyyveUrl}, fake Chatwoot at {sandbox.Chatwoot.BaseUrl}.");
        output.WriteLine("Type as a customer. Commands: /new (new conversation), /pending (an agent hands it back to the bot), /quit.");
        NewConversation();
        while (true)
        {
            output.Write("you> ");
            var line = input.ReadLine();
            if (line is null or "/quit")
            {
                return;
            }

            if (line == "/new")
            {
                NewConversation();
                continue;
            }

            if (line == "/pending")
            {
                sandbox.Chatwoot.SetStatus(sandbox.Account.Id, _conversation.DisplayId, "pending", sandbox.Agent.Id);
                output.WriteLine("[status] pending: the bot answers again");
                continue;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                await SayAsync(line);
            }
        }
    }

    private void NewConversation()
    {
        _conversation = sandbox.Chatwoot.StartConversation(sandbox.Account.Id, sandbox.Inbox.Id, "Sandbox customer");
        _seen = 0;
        output.WriteLine($"[conversation #{_conversation.DisplayId}, status {_conversation.Status}]");
    }

    private async Task SayAsync(string text)
    {
        var status = Status();
        sandbox.Chatwoot.CustomerSays(sandbox.Account.Id, _conversation.DisplayId, text);
        _seen++;
        if (status != "pending")
        {
            output.WriteLine($"[status {status}: a human agent handles this conversation; the bot stays silent. Type /pending to hand it back.]");
            return;
        }

        try
        {
            await sandbox.Chatwoot.WaitUntilAsync(() => Messages().Skip(_seen).Any(m => m.IsFromBot), TimeSpan.FromSeconds(15));
            await Task.Delay(300); // a handoff posts two messages and then changes the status
        }
        catch (TimeoutException)
        {
            output.WriteLine("[no answer within 15 s]");
        }

        foreach (var message in Messages().Skip(_seen))
        {
            Print(message);
        }

        _seen = Messages().Count;
        if (Status() != status)
        {
            output.WriteLine($"[status] {Status()}");
        }
    }

    private void Print(FakeMessage message)
    {
        if (message.IsActivity)
        {
            output.WriteLine($"[activity] {message.Content}");
        }
        else if (message.Private)
        {
            output.WriteLine("[private note for agents]");
            output.WriteLine(Indent(message.Content));
        }
        else if (message.IsFromBot)
        {
            output.WriteLine($"bot> {message.Content?.Replace("\n", "\n     ")}");
            if (message.ContentAttributes?["hyyve"]?["confidence"] is { } confidence)
            {
                output.WriteLine($"     (confidence {confidence})");
            }
        }
    }

    private static string Indent(string? text) => "  " + (text ?? "").Replace("\n", "\n  ");

    private IReadOnlyList<FakeMessage> Messages() => sandbox.Chatwoot.Messages(sandbox.Account.Id, _conversation.DisplayId);

    private string Status() => sandbox.Chatwoot.Conversation(sandbox.Account.Id, _conversation.DisplayId).Status;
}
