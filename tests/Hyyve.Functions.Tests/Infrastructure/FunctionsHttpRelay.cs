using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>
/// Stands in for the Functions host's HTTP front door, which Core Tools would run: a Kestrel server on a free loopback
/// port that maps each HTTP function by its own <c>[HttpTrigger]</c> (methods, <c>api/</c> + route), activates the
/// function class in a fresh scope of the function app's host, passes the ASP.NET Core <see cref="HttpRequest"/> as the
/// worker's ASP.NET Core integration does, executes the returned <see cref="IActionResult"/> with the app's MVC
/// services, and hands every <c>[QueueOutput]</c> value to <see cref="TestQueues"/>.
/// </summary>
public sealed class FunctionsHttpRelay : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FunctionsHttpRelay(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<FunctionsHttpRelay> StartAsync(FunctionsHost functions, TestQueues queues)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        foreach (var (method, trigger) in HttpFunctions())
        {
            app.MapMethods("/api/" + trigger.Route, trigger.Methods!.Select(m => m.ToUpperInvariant()).ToArray(),
                (HttpContext http) => InvokeAsync(functions, queues, method, http));
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FunctionsHttpRelay(app, new Uri(address));
    }

    /// <summary>Every HTTP-triggered function method with its trigger attribute.</summary>
    public static IEnumerable<(MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        from type in FunctionsHost.FunctionClasses
        from method in type.GetMethods()
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where trigger is not null
        select (method, trigger);

    private static async Task InvokeAsync(FunctionsHost functions, TestQueues queues, MethodInfo method, HttpContext http)
    {
        await using var scope = functions.Services.CreateAsyncScope();
        var instance = FunctionsHost.Activate(scope.ServiceProvider, method.DeclaringType!);
        // The worker's request services are the invocation's scope; MVC's result executors come from the app's AddMvc.
        http.RequestServices = scope.ServiceProvider;
        var arguments = method.GetParameters().Select(p => Bind(p, http)).ToArray();
        var returned = method.Invoke(instance, arguments);
        if (returned is Task task)
        {
            await task;
            returned = task.GetType().GetProperty("Result")?.GetValue(task);
        }

        var result = returned as IActionResult ?? CollectOutputs(returned!, queues);
        await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Bind(ParameterInfo parameter, HttpContext http)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return http.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return http.RequestAborted;
        }

        var value = Convert.ToString(http.GetRouteValue(parameter.Name!), CultureInfo.InvariantCulture);
        return parameter.ParameterType == typeof(Guid) ? Guid.Parse(value!)
            : parameter.ParameterType == typeof(long) ? long.Parse(value!, CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>A multi-output POCO: its <c>[HttpResult]</c> is the answer, each <c>[QueueOutput]</c> value is written (null writes nothing).</summary>
    private static IActionResult CollectOutputs(object output, TestQueues queues)
    {
        IActionResult? result = null;
        foreach (var property in output.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<HttpResultAttribute>() is not null)
            {
                result = (IActionResult)property.GetValue(output)!;
            }
            else if (property.GetCustomAttribute<QueueOutputAttribute>() is { } queue && property.GetValue(output) is { } value)
            {
                queues.Write(queue.QueueName, value as string[] ?? [(string)value]);
            }
        }

        return result ?? throw new InvalidOperationException($"{output.GetType().Name} has no [HttpResult] property.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
