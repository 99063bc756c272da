namespace Hyyve.Server.Api;

/// <summary>Authorization policy names.</summary>
public static class ApiPolicies
{
    /// <summary>The platform administrator key.</summary>
    public const string Admin = "admin";

    /// <summary>Any valid key; tenant routes then check the key may see that tenant.</summary>
    public const string AnyKey = "any-key";
}
