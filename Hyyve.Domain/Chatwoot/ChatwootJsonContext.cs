using System.Text.Json.Serialization;
using Hyyve.Domain.Chatwoot.Api;

namespace Hyyve.Domain.Chatwoot;

/// <summary>Source-generated JSON for the Chatwoot Refit interfaces (snake_case, as Chatwoot's Rails views). Partial: an API
/// family in another file adds its types with its own <c>[JsonSerializable]</c> attributes on this class.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(NewMessage))]
[JsonSerializable(typeof(ChatwootMessage))]
[JsonSerializable(typeof(MessageList))]
[JsonSerializable(typeof(StatusChange))]
[JsonSerializable(typeof(ChatwootConversation))]
[JsonSerializable(typeof(NewAgentBot))]
[JsonSerializable(typeof(AgentBotUpdate))]
[JsonSerializable(typeof(ChatwootBot))]
[JsonSerializable(typeof(InboxList))]
[JsonSerializable(typeof(AgentBotAssignment))]
[JsonSerializable(typeof(NewPlatformAccount))]
[JsonSerializable(typeof(PlatformAccount))]
[JsonSerializable(typeof(NewPlatformUser))]
[JsonSerializable(typeof(PlatformUser))]
[JsonSerializable(typeof(AccountUserRole))]
[JsonSerializable(typeof(PlatformAccountUser))]
[JsonSerializable(typeof(IReadOnlyList<PlatformAccountUser>))]
// Tenant provisioning (Platform API lists, tokens and deletes; inbox, bot and portal creates).
[JsonSerializable(typeof(IReadOnlyList<PlatformAccount>))]
[JsonSerializable(typeof(PlatformUserToken))]
[JsonSerializable(typeof(AccountUserRemoval))]
[JsonSerializable(typeof(IReadOnlyList<AccountAgentBot>))]
[JsonSerializable(typeof(InboxDetails))]
[JsonSerializable(typeof(InboxDetailsList))]
[JsonSerializable(typeof(NewInbox))]
[JsonSerializable(typeof(NewPortal))]
[JsonSerializable(typeof(ChatwootPortal))]
[JsonSerializable(typeof(PortalList))]
public sealed partial class ChatwootJsonContext : JsonSerializerContext;
