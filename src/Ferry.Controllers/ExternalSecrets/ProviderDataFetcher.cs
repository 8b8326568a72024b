using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Providers.Values;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Fetches an ExternalSecret's provider data map (eso-behaviour.md §2.3): dataFrom entries in order, later ones
/// overwriting earlier keys, then data[] over them. A NoSecretErr source is skipped under deletionPolicy Delete or
/// Merge (the caller is told, to emit MissingProviderSecret) and is an error under Retain.
/// </summary>
internal sealed class ProviderDataFetcher(IStoreResolver resolver, KeyRewrites rewrites, ExternalSecretMetrics metrics)
{
    public async Task<Dictionary<string, SecretValue>> FetchAsync(
        ExternalSecret externalSecret, Func<string, Task> missingSource, CancellationToken cancellationToken)
    {
        var spec = externalSecret.Spec;
        var skipMissing = RefreshDecision.DeletionPolicy(externalSecret) != ExternalSecretDeletionPolicy.Retain;
        var defaultStore = StoreReferences.Resolve(spec.SecretStoreRef);
        var result = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
        await using var session = new StoreSession(resolver, externalSecret.Metadata.NamespaceProperty ?? "");
        var dataFrom = spec.DataFrom ?? [];
        for (var i = 0; i < dataFrom.Count; i++)
        {
            var entry = dataFrom[i];
            var what = entry.Find is not null ? "find" : entry.Extract is not null ? "extract" : "sourceRef.generatorRef";
            var where = string.Create(CultureInfo.InvariantCulture, $"spec.dataFrom[{i}]");
            if (entry.SourceRef?.GeneratorRef is not null)
            {
                throw new SyncException(
                    ExternalSecretMessages.ProviderError,
                    $"error processing {where}.sourceRef.generatorRef, err: generators are not implemented in Ferry yet",
                    terminal: true);
            }

            var store = StoreReferences.Resolve(entry.SourceRef?.StoreRef) ?? defaultStore;
            var (client, provider) = await session.ClientAsync(store, cancellationToken);
            try
            {
                var values = await FetchEntryAsync(client, provider, entry, cancellationToken);
                foreach (var (key, value) in values)
                {
                    result[key] = value;
                }
            }
            catch (SecretNotFoundException) when (skipMissing)
            {
                await missingSource($"secret does not exist at provider using {where}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw Wrap($"error processing {where}.{what}, err: {ex.Message}", ex);
            }
        }

        var data = spec.Data ?? [];
        for (var i = 0; i < data.Count; i++)
        {
            var entry = data[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"spec.data[{i}]");
            if (entry.SourceRef?.GeneratorRef is not null)
            {
                throw new SyncException(
                    ExternalSecretMessages.ProviderError,
                    $"error processing {where} (key: {entry.SecretKey}), err: generatorRef is not supported in spec.data; use spec.dataFrom",
                    terminal: true);
            }

            var store = StoreReferences.Resolve(entry.SourceRef?.StoreRef) ?? defaultStore;
            var (client, provider) = await session.ClientAsync(store, cancellationToken);
            try
            {
                var value = await CallAsync(provider, "GetSecret", () => client.GetSecretAsync(entry.RemoteRef, cancellationToken));
                value = SecretDecoding.Decode(entry.RemoteRef.DecodingStrategy, value);
                NullBytes.Check(entry.RemoteRef.NullBytePolicy, entry.SecretKey, value);
                result[entry.SecretKey] = value;
            }
            catch (SecretNotFoundException) when (skipMissing)
            {
                await missingSource($"secret does not exist at provider using {where} (key={entry.SecretKey})");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw Wrap($"error processing {where} (key: {entry.SecretKey}), err: {ex.Message}", ex);
            }
        }

        return result;
    }

    private async Task<IReadOnlyDictionary<string, SecretValue>> FetchEntryAsync(
        ISecretsClient client, string provider, ExternalSecretDataFromRemoteRef entry, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, SecretValue> values;
        ExternalSecretConversionStrategy? conversion;
        ExternalSecretDecodingStrategy? decoding;
        ExternalSecretNullBytePolicy? nullBytes;
        if (entry.Find is { } find)
        {
            values = await CallAsync(provider, "GetAllSecrets", () => client.GetAllSecretsAsync(find, cancellationToken));
            (conversion, decoding, nullBytes) = (find.ConversionStrategy, find.DecodingStrategy, find.NullBytePolicy);
        }
        else if (entry.Extract is { } extract)
        {
            values = await CallAsync(provider, "GetSecretMap", () => client.GetSecretMapAsync(extract, cancellationToken));
            (conversion, decoding, nullBytes) = (extract.ConversionStrategy, extract.DecodingStrategy, extract.NullBytePolicy);
        }
        else
        {
            throw new ProviderException("one of extract, find or sourceRef.generatorRef must be set");
        }

        values = entry.Rewrite is { Count: > 0 } steps
            ? rewrites.Apply(steps, values)
            : KeyConversion.ConvertKeys(conversion, values);
        values = SecretKeys.Validate(values);
        values = SecretDecoding.DecodeMap(decoding, values);
        NullBytes.CheckMap(nullBytes, values);
        return values;
    }

    private async Task<T> CallAsync<T>(string provider, string call, Func<ValueTask<T>> operation)
    {
        var label = EsoProviderLabel(provider);
        try
        {
            var result = await operation();
            metrics.ProviderCall(label, call, success: true);
            return result;
        }
        catch (SecretNotFoundException)
        {
            metrics.ProviderCall(label, call, success: true);
            throw;
        }
        catch
        {
            metrics.ProviderCall(label, call, success: false);
            throw;
        }
    }

    private static SyncException Wrap(string detail, Exception ex) => ex switch
    {
        SyncException sync => sync,
        UnmanagedStoreException => throw ex,
        _ => new SyncException(ExternalSecretMessages.ProviderError, detail, inner: ex),
    };

    // ESO labels provider calls with the backend's name; Ferry's provider keys map onto the same values.
    private static string EsoProviderLabel(string provider) => provider switch
    {
        "vault" => "HashiCorp/Vault",
        "aws" => "AWS/SecretsManager",
        "azurekv" => "Azure/KeyVault",
        "gcpsm" => "GCP/SecretManager",
        "kubernetes" => "Kubernetes",
        _ => provider,
    };
}
