using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>ServiceAccounts with annotations; tokens come from the fake's trusted cluster issuer (or are forged).</summary>
internal sealed class RecordingServiceAccounts(AzureKeyVaultFake fake, IReadOnlyDictionary<string, string> annotations, bool forge = false) : IServiceAccountTokens
{
    public List<(string Namespace, string Name, IReadOnlyList<string> Audiences)> Requests { get; } = [];

    public ValueTask<IReadOnlyDictionary<string, string>> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(annotations);

    public ValueTask<string> CreateTokenAsync(string @namespace, string name, IReadOnlyList<string> audiences, TimeSpan? expiration, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add((@namespace, name, audiences));
        }

        return ValueTask.FromResult(fake.IssueServiceAccountToken(@namespace, name, audiences, forged: forge));
    }
}
