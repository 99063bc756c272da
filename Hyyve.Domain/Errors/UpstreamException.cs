namespace Hyyve.Domain.Errors;

/// <summary>A dependency (Chatwoot, a model endpoint) refused or failed a call Hyyve needed.</summary>
public sealed class UpstreamException(string service, int? statusCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Service { get; } = service;

    public int? StatusCode { get; } = statusCode;
}
