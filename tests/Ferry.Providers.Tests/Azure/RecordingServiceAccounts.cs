using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>ServiceAccounts with annotations; tokens come from the fake's trusted cluster issuer (or are forged).</summary>
internal sealed class RecordingServiceAccounts(AzureKeyVaultFake fake, IReadOnlyDictionary<string, string> annotations, bool forge = false)
    : IServiceAccountTokenSource, IServiceAccountAnnotations
{
    public List<(string Namespace, string Name, IReadOnlyList<string> Audiences)> Requests { get; } = [];

    public ValueTask<IReadOnlyDictionary<string, string>> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(annotations);

    public ValueTask<ServiceAccountToken> RequestTokenAsync(
        string @namespace, string name, IReadOnlyList<string> audiences, long expirationSeconds, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add((@namespace, name, audiences));
        }

        var lifetime = TimeSpan.FromSeconds(expirationSeconds);
        return ValueTask.FromResult(new ServiceAccountToken(
            SecretValue.FromString(fake.IssueServiceAccountToken(@namespace, name, audiences, lifetime, forge)),
            DateTimeOffset.UtcNow + lifetime));
    }
}
