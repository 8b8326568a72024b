namespace Ferry.Providers.Tests.Aws;

/// <summary>ServiceAccounts and TokenRequest for web identity tests: annotations per account, and tokens the test can trust in the fake STS.</summary>
internal sealed class TestServiceAccounts(TimeProvider time) : IServiceAccountReader, IServiceAccountTokenSource
{
    private readonly Dictionary<(string Namespace, string Name), IReadOnlyDictionary<string, string>> _accounts = [];

    public List<(string Namespace, string Name, IReadOnlyList<string> Audiences, long ExpirationSeconds, string Token)> Issued { get; } = [];

    public void Add(string ns, string name, IReadOnlyDictionary<string, string> annotations) => _accounts[(ns, name)] = annotations;

    public ValueTask<IReadOnlyDictionary<string, string>?> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_accounts.GetValueOrDefault((@namespace, name)));

    public ValueTask<ServiceAccountToken> RequestTokenAsync(string @namespace, string name, IReadOnlyList<string> audiences, long expirationSeconds, CancellationToken cancellationToken)
    {
        var token = $"jwt.{@namespace}.{name}.{Issued.Count}";
        Issued.Add((@namespace, name, audiences, expirationSeconds, token));
        return ValueTask.FromResult(new ServiceAccountToken(SecretValue.FromString(token), time.GetUtcNow().AddSeconds(expirationSeconds)));
    }
}
