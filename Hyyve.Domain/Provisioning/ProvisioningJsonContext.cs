using System.Text.Json.Serialization;

namespace Hyyve.Domain.Provisioning;

/// <summary>Source-generated JSON of what provisioning stores (the request, step outputs) and its job payload.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProvisionTenantRequest))]
[JsonSerializable(typeof(StepOutput))]
[JsonSerializable(typeof(ProvisioningStepJob))]
public sealed partial class ProvisioningJsonContext : JsonSerializerContext;
