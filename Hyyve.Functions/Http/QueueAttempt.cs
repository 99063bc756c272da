using System.Globalization;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Http;

internal static class QueueAttempt
{
    /// <summary>The queue trigger's <c>DequeueCount</c> metadata: 1 on the first attempt.</summary>
    public static int From(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("DequeueCount", out var value)
        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : 1;
}
