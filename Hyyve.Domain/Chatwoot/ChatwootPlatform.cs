namespace Hyyve.Domain.Chatwoot;

/// <summary>Where and as whom to call Chatwoot's Platform API: the installation and its platform app's token.</summary>
public sealed record ChatwootPlatform(Uri BaseUrl, string Token) : IChatwootTarget
{
    public Uri ApiRoot => new(BaseUrl, "platform/api/v1/");
}
