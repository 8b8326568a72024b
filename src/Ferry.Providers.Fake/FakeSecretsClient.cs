using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Matching;
using Ferry.Providers.Paths;
using Ferry.Providers.Values;

namespace Ferry.Providers.Fake;

/// <summary>A client over one fake store's in-memory data, with the semantics of ESO's providers/v1/fake.</summary>
internal sealed class FakeSecretsClient(FakeDatabase database, int? validationResult) : ISecretsClient
{
    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return ValueTask.FromResult(SecretValue.FromString(Lookup(remoteRef)));
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var value = SecretValue.FromString(Lookup(remoteRef));
        try
        {
            return ValueTask.FromResult(SecretMaps.FromJsonObject(value));
        }
        catch (ProviderException ex)
        {
            throw new ProviderException($"unable to unmarshal secret: {ex.Message}", ex);
        }
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (find.Name is null)
        {
            // ESO's fake answers every other operator (tags, path) this way, even combined with a name.
            throw new UnsupportedOperationException("unsupported find operator: the fake provider supports find.name only");
        }

        var matcher = NameMatcher.Create(find.Name);
        var found = database.LatestVersions(matcher.IsMatch)
            .ToDictionary(e => e.Key, e => SecretValue.FromString(e.Value), StringComparer.Ordinal);
        return ValueTask.FromResult(KeyConversion.ConvertKeys(find.ConversionStrategy, found));
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // ESO reads secret.Data[secretKey]: a missing key pushes an empty value rather than failing.
        var value = request.SourceData.TryGetValue(request.SecretKey ?? string.Empty, out var found)
            ? found.Reveal()
            : string.Empty;
        database.Push(request.RemoteKey, value);
        return ValueTask.CompletedTask;
    }

    // ESO's fake keeps pushed values after their PushSecret is deleted.
    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return ValueTask.FromResult(database.Contains(remoteRef.RemoteKey));
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(
        validationResult switch
        {
            null or FakeValidationResults.Ready => ClientValidation.Ready,
            FakeValidationResults.Unknown => new ClientValidation(ClientValidationOutcome.Unknown, "unable to validate"),
            _ => new ClientValidation(ClientValidationOutcome.Error, "unable to validate"),
        });

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Lookup(ExternalSecretDataRemoteRef remoteRef)
    {
        var version = remoteRef.Version ?? string.Empty;
        if (!database.TryGet(FakeDatabase.EntryKey(remoteRef.Key, version), out var value, out var storedVersion)
            || storedVersion != version)
        {
            throw new SecretNotFoundException();
        }

        if (string.IsNullOrEmpty(remoteRef.Property))
        {
            return value;
        }

        var selected = GJson.Get(value, remoteRef.Property);
        return selected.Exists ? selected.ToGoString() : throw new SecretNotFoundException();
    }
}
