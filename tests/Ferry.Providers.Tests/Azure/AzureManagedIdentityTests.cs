using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>
/// ManagedIdentity through Azure.Identity's real IMDS path, redirected to the fake's plain-http IMDS endpoint with
/// AZURE_POD_IDENTITY_AUTHORITY_HOST (process-wide, so every managed-identity test lives in this one class).
/// </summary>
public sealed class AzureManagedIdentityTests : IAsyncLifetime
{
    private const string SystemIdentity = "3b1f6a4e-2222-4c1d-8e2f-00000000a1a1";
    private const string UserIdentity = "7d2e5c3b-3333-4b9a-a0b1-00000000b2b2";
    private AzureTestVault _vault = null!;

    public async Task InitializeAsync()
    {
        _vault = await AzureTestVault.StartAsync();
        _vault.Fake.AddManagedIdentity(SystemIdentity);
        _vault.Fake.AddManagedIdentity(UserIdentity);
        _vault.Fake.SetSecret("db", "from-imds");
        Environment.SetEnvironmentVariable("AZURE_POD_IDENTITY_AUTHORITY_HOST", _vault.Fake.ImdsEndpoint.ToString());
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("AZURE_POD_IDENTITY_AUTHORITY_HOST", null);
        await _vault.DisposeAsync();
    }

    [Fact]
    public async Task ManagedIdentity_SystemAndUserAssigned_ReadThroughImds()
    {
        await using var system = await _vault.ClientAsync(_vault.Spec(AzureAuthType.ManagedIdentity));
        var user = _vault.Spec(AzureAuthType.ManagedIdentity);
        user.IdentityId = UserIdentity;
        await using var assigned = await _vault.ClientAsync(user);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("from-imds", (await system.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        }

        Assert.Equal("from-imds", (await assigned.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        Assert.InRange(_vault.Fake.AuthenticationsBy(AzureFakeGrant.ManagedIdentity), 1, 2);
        Assert.Equal(4, _vault.Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task ManagedIdentity_UnknownUserIdentity_FailsAuthentication()
    {
        var spec = _vault.Spec(AzureAuthType.ManagedIdentity);
        spec.IdentityId = "00000000-0000-0000-0000-000000000000";
        await using var client = await _vault.ClientAsync(spec);

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
    }
}
