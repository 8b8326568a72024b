using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Aws;

/// <summary>The contract suite against one AWS service: versions are staging labels (Secrets Manager) or labels (Parameter Store).</summary>
internal sealed class AwsContractFixture(AwsServiceType service) : ProviderContractFixture
{
    private AwsBackend? _backend;

    public override ISecretsProvider Provider => new Ferry.Providers.Aws.AwsSecretsProvider();

    // ESO's AWS providers answer a property that selects nothing with "key ... does not exist", not NoSecretErr.
    public override bool MissingPropertyIsNotFound => false;

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        _backend = await AwsBackend.StartAsync();
        foreach (var secret in seed)
        {
            IReadOnlyList<string>? labels = secret.Version is null ? null : [secret.Version];
            if (service == AwsServiceType.ParameterStore)
            {
                await _backend.SeedParameterAsync(secret.Key, secret.Value, labels: labels);
            }
            else
            {
                await _backend.SeedSecretAsync(secret.Key, secret.Value, secret.Version is null ? null : [secret.Version, "AWSCURRENT"]);
            }
        }

        return await _backend.ClientAsync(service);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
