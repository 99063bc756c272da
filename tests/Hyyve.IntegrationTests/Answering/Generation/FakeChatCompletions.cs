using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>
/// A fake OpenAI chat-completions API (<c>POST /v1/chat/completions</c> and <c>/chat/completions</c>) on a real Kestrel
/// server at 127.0.0.1 on a free port. Every request is recorded; each is answered by the test's <see cref="ScriptedReply"/>.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCompletion> _received = new();
    private int _abandoned;

    private FakeChatCompletions(WebApplication app) => _app = app;

    /// <summary>The OpenAI-style base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The server's root, for clients configured without <c>/v1</c>.</summary>
    public Uri RootUrl { get; private set; } = null!;

    public ScriptedReply Reply { get; set; } = ScriptedReply.Answer("", [], answerable: false);

    public IReadOnlyList<ReceivedCompletion> Received => _received.ToList();

    /// <summary>Requests whose client went away before the reply (a timed-out caller).</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    public static async Task<FakeChatCompletions> StartAsync(ScriptedReply reply)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeChatCompletions(app) { Reply = reply };
        app.MapPost("/v1/chat/completions", fake.HandleAsync);
        app.MapPost("/chat/completions", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        fake.RootUrl = new Uri(address + "/");
        fake.BaseUrl = new Uri(address + "/v1");
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var reply = Reply;
        _received.Enqueue(new ReceivedCompletion(context.Request.Path, context.Request.Headers.Authorization.ToString(), body!.AsObject()));
        switch (reply)
        {
            case ScriptedReply.Completion completion:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(CompletionBody(body["model"]?.GetValue<string>() ?? "", completion), context.RequestAborted);
                break;
            case ScriptedReply.Status status:
                context.Response.StatusCode = status.Code;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(
                    new JsonObject { ["error"] = new JsonObject { ["message"] = status.Message, ["type"] = "server_error" } }.ToJsonString());
                break;
            case ScriptedReply.Hang hang:
                try
                {
                    // Bounded, so a client that never gives up cannot keep the server from stopping.
                    await Task.Delay(hang.Longest, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _abandoned);
                }

                break;
        }
    }

    private static string CompletionBody(string model, ScriptedReply.Completion completion) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = completion.Content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = completion.PromptTokens,
            ["completion_tokens"] = completion.CompletionTokens,
            ["total_tokens"] = completion.PromptTokens + completion.CompletionTokens,
        },
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A chat-completions request as the fake received it.</summary>
public sealed record ReceivedCompletion(string Path, string Authorization, JsonObject Body)
{
    public JsonArray Messages => Body["messages"]!.AsArray();

    public string Role(int i) => Messages[i]!["role"]!.GetValue<string>();

    /// <summary>A message's text, whether sent as a string or as content parts.</summary>
    public string Content(int i) => Messages[i]!["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
        _ => "",
    };
}

/// <summary>What the fake answers.</summary>
public abstract record ScriptedReply
{
    /// <summary>A 200 completion whose message content is <paramref name="Content"/> verbatim.</summary>
    public sealed record Completion(string Content, int PromptTokens, int CompletionTokens) : ScriptedReply;

    /// <summary>An error status with an OpenAI-style error body.</summary>
    public sealed record Status(int Code, string Message) : ScriptedReply;

    /// <summary>No answer until the client gives up (or <paramref name="Longest"/> passes).</summary>
    public sealed record Hang(TimeSpan Longest) : ScriptedReply;

    /// <summary>A well-formed structured answer as the schema asks for it.</summary>
    public static ScriptedReply Answer(string answer, int[] citations, bool answerable, int promptTokens = 120, int completionTokens = 30) =>
        new Completion(new JsonObject
        {
            ["answer"] = answer,
            ["citations"] = new JsonArray(citations.Select(n => (JsonNode)n).ToArray()),
            ["answerable"] = answerable,
        }.ToJsonString(), promptTokens, completionTokens);
}
