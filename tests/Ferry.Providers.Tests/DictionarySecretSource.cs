namespace Ferry.Providers.Tests;

internal sealed class DictionarySecretSource : ISecretSource
{
    private readonly Dictionary<(string Namespace, string Name), SourceSecret> _secrets = [];

    public int Reads { get; private set; }

    public void Add(string ns, string name, string resourceVersion, params (string Key, string Value)[] data) =>
        _secrets[(ns, name)] = new SourceSecret(resourceVersion, data.ToDictionary(d => d.Key, d => SecretValue.FromString(d.Value)));

    public ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        Reads++;
        return ValueTask.FromResult(_secrets.GetValueOrDefault((@namespace, name)));
    }
}
