using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>
/// The <see cref="FunctionContext"/> a queue trigger receives, with the binding data the runtime sets
/// (<c>DequeueCount</c>: 1 on the first attempt). Its services are the invocation's scope.
/// </summary>
public sealed class TestFunctionContext(IServiceProvider services, string functionName, IReadOnlyDictionary<string, object?> bindingData)
    : FunctionContext
{
    public static TestFunctionContext ForQueue(IServiceProvider services, string functionName, long dequeueCount) =>
        new(services, functionName, new Dictionary<string, object?> { ["DequeueCount"] = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => functionName;

    public override TraceContext TraceContext => throw new NotSupportedException("No trace context in tests.");

    public override BindingContext BindingContext { get; } = new TestBindingContext(bindingData);

    public override RetryContext RetryContext => throw new NotSupportedException("Hyyve's functions use the queue's own retries.");

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException("Not read by Hyyve's functions.");

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException("Not read by Hyyve's functions.");

    private sealed class TestBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }
}
