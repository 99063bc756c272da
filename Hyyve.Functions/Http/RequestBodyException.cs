namespace Hyyve.Functions.Http;

/// <summary>A request body the route cannot read at all (not JSON: 415; unreadable JSON: 400), before any Domain rule applies.</summary>
internal sealed class RequestBodyException(int status) : Exception($"The request body could not be read ({status}).")
{
    public int Status => status;
}
