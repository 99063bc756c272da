using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Chatwoot;

/// <summary>The timeouts must nest: one attempt within the total.</summary>
internal sealed class ChatwootOptionsValidator : IValidateOptions<ChatwootOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatwootOptions options)
    {
        return options.RequestTimeout > TimeSpan.Zero && options.RequestTimeout <= options.TotalTimeout
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Chatwoot:RequestTimeout ({options.RequestTimeout}) must be positive and at most Chatwoot:TotalTimeout ({options.TotalTimeout}).");
    }
}
