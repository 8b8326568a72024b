using Ferry.Testing.Backends.Aws;
using Ferry.Testing.Backends.Azure;
using Ferry.Testing.Backends.Gcp;
using Ferry.Testing.Backends.Vault;
using Ferry.Testing.Backends.Webhook;

namespace Ferry.EndToEnd.Tests.Backends;

/// <summary>
/// One fake of each backend on 127.0.0.1, started by this test process, and one <c>ferry dev</c> pointed at them
/// the way an operator's Deployment would be: store manifests name the Vault, Key Vault and webhook addresses, and the
/// process environment carries what ESO reads from it (AWS_*_ENDPOINT), the Secret Manager endpoint
/// (CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER) and the extra CA for Key Vault's TLS (FERRY_AZURE_CA_BUNDLE).
/// Everything started here is stopped at the end.
/// </summary>
public sealed class BackendsFixture : IAsyncLifetime
{
    /// <summary>The keys examples/aws/credentials-secret.yaml holds.</summary>
    public static readonly AwsFakeAccessKey ExampleAwsKey =
        new("AKIAFERRYEXAMPLE0001", "ferry-example-secret-key", "arn:aws:iam::123456789012:user/ferry-example");

    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-e2e-backends-").FullName;
    private FerryProcess? _ferry;

    internal VaultFakeServer Vault { get; private set; } = null!;

    /// <summary>A second Vault, over HTTPS with its own certificate (<see cref="VaultFakeServer.CaCertificatePem"/>).</summary>
    internal VaultFakeServer VaultTls { get; private set; } = null!;

    internal AwsFake Aws { get; private set; } = null!;

    internal AzureKeyVaultFake Azure { get; private set; } = null!;

    internal GcpSecretManagerFake Gcp { get; private set; } = null!;

    internal WebhookFakeServer Webhook { get; private set; } = null!;

    internal FerryProcess Ferry => _ferry ?? throw new InvalidOperationException("ferry dev has not started.");

    internal Kubectl Kubectl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var vault = VaultFakeServer.StartAsync();
        var vaultTls = VaultFakeServer.StartAsync(new VaultFakeOptions { UseTls = true });
        var aws = AwsFake.StartAsync(new AwsFakeOptions { DefaultKey = ExampleAwsKey });
        var azure = AzureKeyVaultFake.StartAsync();
        var gcp = GcpSecretManagerFake.StartAsync();
        var webhook = WebhookFakeServer.StartAsync(https: true);
        (Vault, VaultTls, Aws, Azure, Gcp, Webhook) = (await vault, await vaultTls, await aws, await azure, await gcp, await webhook);

        var azureCa = Path.Combine(_folder, "azure-ca.pem");
        await File.WriteAllTextAsync(azureCa, Azure.Tls.CertificatePem);
        var environment = new Dictionary<string, string>
        {
            ["AWS_SECRETSMANAGER_ENDPOINT"] = Aws.Endpoint.ToString(),
            ["AWS_SSM_ENDPOINT"] = Aws.Endpoint.ToString(),
            ["AWS_STS_ENDPOINT"] = Aws.Endpoint.ToString(),
            ["CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER"] = Gcp.Endpoint.ToString(),
            ["FERRY_AZURE_CA_BUNDLE"] = azureCa,
        };
        var kubeconfig = Path.Combine(_folder, "kubeconfig");
        _ferry = FerryProcess.Start(environment, "dev", "--kubeconfig", kubeconfig);
        await _ferry.WaitForLineAsync(line => line.StartsWith("ferry dev is ready", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        Kubectl = new Kubectl(kubeconfig);
    }

    public async Task DisposeAsync()
    {
        if (_ferry is not null)
        {
            await _ferry.DisposeAsync();
        }

        foreach (var fake in new IAsyncDisposable?[] { Vault, VaultTls, Aws, Azure, Gcp, Webhook })
        {
            if (fake is not null)
            {
                await fake.DisposeAsync();
            }
        }

        Directory.Delete(_folder, recursive: true);
    }
}
