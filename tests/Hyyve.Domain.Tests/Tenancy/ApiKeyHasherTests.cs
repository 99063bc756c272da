using Hyyve.Domain.Tenancy;

namespace Hyyve.Domain.Tests.Tenancy;

public sealed class ApiKeyHasherTests
{
    [Fact]
    public void Generated_keys_are_unique_prefixed_and_match_only_their_own_hash()
    {
        var first = ApiKeyHasher.Generate();
        var second = ApiKeyHasher.Generate();

        Assert.StartsWith(ApiKeyHasher.Prefix, first);
        Assert.NotEqual(first, second);
        Assert.True(ApiKeyHasher.Matches(first, ApiKeyHasher.Hash(first)));
        Assert.False(ApiKeyHasher.Matches(second, ApiKeyHasher.Hash(first)));
    }

    [Fact]
    public void Admin_identity_sees_every_tenant_and_tenant_identity_only_its_own()
    {
        var tenant = Guid.NewGuid();
        var admin = new ApiKeyIdentity(ApiKeyScope.Admin, null, "admin");
        var own = new ApiKeyIdentity(ApiKeyScope.Tenant, tenant, "tenant");

        Assert.True(admin.CanAccessTenant(Guid.NewGuid()));
        Assert.True(own.CanAccessTenant(tenant));
        Assert.False(own.CanAccessTenant(Guid.NewGuid()));
    }
}
