using System.Collections.Concurrent;
using Azure.Security.KeyVault.Secrets;
using Ferry.Api.V1;
using Ferry.Providers.Matching;

namespace Ferry.Providers.Azure;

internal sealed partial class AzureKeyVaultClient
{
    /// <summary>
    /// dataFrom.find: lists the vault's secrets (enabled ones, matching every tag and the name regexp) and reads each
    /// match; Key Vault has no batch read, so reads run a few at a time. A secret deleted between list and read is skipped.
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        var matcher = string.IsNullOrEmpty(find.Name?.Regexp) ? null : NameMatcher.Create(find.Name!);
        var names = new List<string>();
        try
        {
            await foreach (var item in secrets.GetPropertiesOfSecretsAsync(cancellationToken))
            {
                if (item.Enabled == true && HasTags(item, find.Tags) && (matcher is null || matcher.IsMatch(item.Name)))
                {
                    names.Add(item.Name);
                }
            }
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, "cannot list secrets");
        }

        var found = new ConcurrentDictionary<string, SecretValue>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.FindConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(names, parallel, async (name, ct) =>
        {
            try
            {
                var secret = await ReadSecretAsync(name, null, ct);
                if (secret.Value is not null)
                {
                    found[name] = SecretValue.FromString(secret.Value);
                }
            }
            catch (SecretNotFoundException)
            {
            }
        });
        return new Dictionary<string, SecretValue>(found, StringComparer.Ordinal);
    }

    private static bool HasTags(SecretProperties item, Dictionary<string, string>? wanted) =>
        wanted is null || wanted.All(t => item.Tags.TryGetValue(t.Key, out var value) && value == t.Value);
}
