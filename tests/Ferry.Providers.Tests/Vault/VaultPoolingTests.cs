using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Pooling;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

/// <summary>The client as the controllers use it: through SecretsClientPool, shared by many reconciles.</summary>
public sealed class VaultPoolingTests
{
    [Fact]
    public async Task Pool_ManyReconcilesReadingDistinctKeys_AuthenticateOnce()
    {
        await using var target = await VaultTestTarget.StartAsync(fakeOnly: true);
        var fake = target.RequireFake();
        for (var i = 0; i < 10; i++)
        {
            fake.WriteSecretJson("secret", $"k{i}", $$"""{"v":"{{i}}"}""");
        }

        var (roleId, secretId) = fake.AddAppRole("ferry");
        target.Secrets.Add("default", "approle", "1", ("secret-id", secretId));
        var provider = new VaultSecretsProvider();
        var store = target.Store(target.Spec(new VaultAuth
        {
            AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = new SecretKeySelector { Name = "approle", Key = "secret-id" } },
        }));
        await using var pool = new SecretsClientPool(TimeProvider.System);
        var key = new StoreClientKey(store.Identity, store.ConsumerNamespace, CredentialsVersion.Of(1, []));

        await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            await using var lease = await pool.AcquireAsync(key, ct => provider.CreateClientAsync(store, ct), CancellationToken.None);
            var value = await lease.Client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = $"k{i % 10}", Property = "v" }, CancellationToken.None);
            Assert.Equal((i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture), value.Reveal());
        }));

        Assert.Equal(1, fake.Logins());
        Assert.Equal(100, fake.Count("secret/data/", "GET"));
    }
}
