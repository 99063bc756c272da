using Hyyve.Domain.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Chatwoot;

/// <summary>The webhook's two outputs: the answer to Chatwoot, and the answer jobs for the <c>chatwoot-events</c> queue.</summary>
public sealed class ChatwootBotWebhookOutput
{
    [HttpResult]
    public required IActionResult Result { get; set; }

    /// <summary><see cref="AnswerMessageJob"/> JSON, one queue message each. Null writes nothing (the runtime skips null outputs).</summary>
    [QueueOutput(JobKinds.AnswerMessage)]
    public string[]? AnswerJobs { get; set; }
}
