using Ferry.Api.V1;
using Ferry.Providers.Matching;
using Ferry.Providers.Values;

namespace Ferry.Providers.Gcp;

internal sealed partial class GcpSecretManagerClient
{
    /// <summary>find by name regexp and/or labels: lists secrets (labels as a server-side filter), reads each one's latest version.</summary>
    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (!string.IsNullOrEmpty(find.Path))
        {
            throw new UnsupportedOperationException("find.path is not supported by the gcpsm provider");
        }

        var matcher = find.Name is null ? null : NameMatcher.Create(find.Name);
        var filter = find.Tags is { Count: > 0 } tags
            ? string.Join(' ', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"labels.{t.Key}={t.Value}"))
            : null;
        var found = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
        string? pageToken = null;
        do
        {
            var response = await SendAsync(HttpMethod.Get, names.ListSecrets(filter, pageToken), null, true, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw response.Failure("list secrets");
            }

            var page = response.Json();
            foreach (var secret in page["secrets"]?.AsArray() ?? [])
            {
                var id = GcpResourceNames.ShortName(secret?["name"]?.GetValue<string>() ?? string.Empty);
                if (id.Length == 0 || (matcher is not null && !matcher.IsMatch(id)))
                {
                    continue;
                }

                try
                {
                    found[id] = await AccessAsync(id, null, cancellationToken).ConfigureAwait(false);
                }
                catch (SecretNotFoundException)
                {
                    // A secret without versions has nothing to sync; ESO skips it too.
                }
            }

            pageToken = page["nextPageToken"]?.GetValue<string>();
        }
        while (!string.IsNullOrEmpty(pageToken));
        return KeyConversion.ConvertKeys(find.ConversionStrategy, found);
    }
}
