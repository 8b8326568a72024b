using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Aws.Protocol;
using Ferry.Providers.Aws.SecretsManager.Wire;
using Ferry.Providers.Aws.Values;
using Ferry.Providers.Matching;
using Ferry.Providers.Values;

namespace Ferry.Providers.Aws.SecretsManager;

/// <summary>
/// ESO's Secrets Manager semantics over one authenticated session: key = prefix + key; version = a staging label
/// (default AWSCURRENT) or <c>uuid/&lt;VersionId&gt;</c>; find lists with server-side filters and fetches values in
/// batches of 20 (BatchGetSecretValue); push writes only secrets tagged managed-by=external-secrets.
/// </summary>
internal sealed class SecretsManagerClient(SecretsManagerApi api, AwsProvider spec, DateTimeOffset? expiresAt, bool referentAuth)
    : ISecretsClient, IExpiringSecretsClient
{
    internal const string InitialVersion = "00000000-0000-0000-0000-000000000001";
    private const string VersionIdPrefix = "uuid/";
    private const int BatchSize = 20;

    public DateTimeOffset? ExpiresAt => expiresAt;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var name = Name(remoteRef.Key);
        if (MetadataValues.IsFetch(remoteRef))
        {
            var described = await ReadAsync(() => api.DescribeSecretAsync(name, cancellationToken));
            return MetadataValues.Select(Tags(described.Tags), remoteRef.Property, escapeHtml: false);
        }

        var entry = await ReadAsync(() => api.GetSecretValueAsync(VersionRequest(name, remoteRef.Version), cancellationToken));
        return AwsProperty.Select(Payload(entry), remoteRef.Property, remoteRef.Key);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        var value = await GetSecretAsync(remoteRef, cancellationToken);
        return SecretMaps.FromJsonObject(value, remoteRef.Key);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (find.Name is null && find.Tags is null && find.Path is null)
        {
            throw new ProviderException("find requires name, tags or path");
        }

        var matcher = find.Name is null ? null : NameMatcher.Create(find.Name);
        var names = new List<string>();
        foreach (var entry in await ListAsync(Filters(find), cancellationToken))
        {
            var tags = Tags(entry.Tags);
            // The service's tag filters match prefixes, and key and value separately: check each pair exactly here.
            if (entry.Name is { } name && entry.DeletedDate is null
                && (matcher is null || matcher.IsMatch(name))
                && (find.Tags is null || find.Tags.All(t => tags.TryGetValue(t.Key, out var v) && v == t.Value)))
            {
                names.Add(name);
            }
        }

        var found = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(BatchSize))
        {
            var batch = await api.BatchGetSecretValueAsync(new BatchGetSecretValueRequest(chunk), cancellationToken);
            foreach (var error in batch.Errors ?? [])
            {
                // A secret deleted between the listing and the read is simply no longer there.
                if (error.ErrorCode is not ("ResourceNotFoundException" or "InvalidRequestException"))
                {
                    throw new ProviderException($"BatchGetSecretValue: {error.ErrorCode}: {error.Message}");
                }
            }

            foreach (var value in batch.SecretValues ?? [])
            {
                found[value.Name ?? string.Empty] = Payload(value);
            }
        }

        return KeyConversion.ConvertKeys(find.ConversionStrategy, found);
    }

    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Name(request.RemoteKey);
        var metadata = PushMetadata.Parse(request.Data.Metadata);
        var source = PushPayload.Source(request);
        var described = await DescribeOrNullAsync(name, cancellationToken);
        if (described is null)
        {
            var value = string.IsNullOrEmpty(request.Property) ? source : PushPayload.Merge(null, request.Property, source);
            var tags = metadata.Tags.Select(t => new WireTag(t.Key, t.Value)).Append(new WireTag(ManagedTag.Key, ManagedTag.Value)).ToList();
            await api.CreateSecretAsync(new CreateSecretRequest(name, InitialVersion, AsString(metadata, value), AsBinary(metadata, value), tags,
                metadata.Description, metadata.KmsKeyId), cancellationToken);
            return;
        }

        if (!ManagedTag.IsManaged(Tags(described.Tags)))
        {
            throw new ProviderException(ManagedTag.NotManagedMessage);
        }

        if (described.DeletedDate is not null)
        {
            await api.RestoreSecretAsync(name, cancellationToken);
        }

        var current = await CurrentOrNullAsync(name, cancellationToken);
        var existing = current is null ? null : Payload(current);
        var desired = string.IsNullOrEmpty(request.Property) ? source : PushPayload.Merge(existing, request.Property, source);
        if (existing is null || !existing.Equals(desired))
        {
            await api.PutSecretValueAsync(new PutSecretValueRequest(name, NextVersion(current?.VersionId), AsString(metadata, desired), AsBinary(metadata, desired)), cancellationToken);
        }

        var wanted = metadata.Tags.Where(t => !Tags(described.Tags).TryGetValue(t.Key, out var v) || v != t.Value).Select(t => new WireTag(t.Key, t.Value)).ToList();
        if (wanted.Count > 0)
        {
            await api.TagResourceAsync(new TagResourceRequest(name, wanted), cancellationToken);
        }
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var name = Name(remoteRef.RemoteKey);
        var described = await DescribeOrNullAsync(name, cancellationToken);
        // Gone, already scheduled, or not ours: nothing to delete (ESO never deletes a secret it did not create).
        if (described is null || described.DeletedDate is not null || !ManagedTag.IsManaged(Tags(described.Tags)))
        {
            return;
        }

        if (!string.IsNullOrEmpty(remoteRef.Property) && await CurrentOrNullAsync(name, cancellationToken) is { } current)
        {
            var remaining = PushPayload.Remove(Payload(current), remoteRef.Property);
            if (remaining is not null)
            {
                var binary = current.SecretString is null;
                await api.PutSecretValueAsync(new PutSecretValueRequest(name, NextVersion(current.VersionId),
                    binary ? null : remaining.Reveal(), binary ? remaining.ToArray() : null), cancellationToken);
                return;
            }
        }

        var settings = spec.SecretsManager;
        var force = settings?.ForceDeleteWithoutRecovery == true;
        await api.DeleteSecretAsync(new DeleteSecretRequest(name, force ? null : settings?.RecoveryWindowInDays, force ? true : null), cancellationToken);
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var described = await DescribeOrNullAsync(Name(remoteRef.RemoteKey), cancellationToken);
        return described is not null && described.DeletedDate is null;
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(referentAuth ? new ClientValidation(ClientValidationOutcome.Unknown, "referent authentication is validated per ExternalSecret") : ClientValidation.Ready);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>ESO's version numbering for pushes: 00000000-0000-0000-0000-00000000000N, N counting up, so a retried push is idempotent.</summary>
    internal static string NextVersion(string? current)
    {
        if (current is null)
        {
            return InitialVersion;
        }

        var last = current[(current.LastIndexOf('-') + 1)..];
        return current.StartsWith("00000000-0000-0000-0000-", StringComparison.Ordinal)
            && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? $"00000000-0000-0000-0000-{(number + 1).ToString("D12", CultureInfo.InvariantCulture)}"
            : Guid.NewGuid().ToString();
    }

    internal static SecretValue Payload(SecretValueEntry entry) =>
        entry.SecretString is not null ? SecretValue.FromString(entry.SecretString) : SecretValue.FromBytes(entry.SecretBinary ?? []);

    private static GetSecretValueRequest VersionRequest(string name, string? version) =>
        string.IsNullOrEmpty(version) ? new(name)
        : version.StartsWith(VersionIdPrefix, StringComparison.Ordinal) ? new(name, VersionId: version[VersionIdPrefix.Length..])
        : new(name, VersionStage: version);

    private static List<SecretsFilter> Filters(ExternalSecretFind find)
    {
        var filters = new List<SecretsFilter>();
        if (!string.IsNullOrEmpty(find.Path))
        {
            filters.Add(new SecretsFilter("name", [find.Path]));
        }

        foreach (var (key, value) in find.Tags ?? [])
        {
            filters.Add(new SecretsFilter("tag-key", [key]));
            filters.Add(new SecretsFilter("tag-value", [value]));
        }

        return filters;
    }

    private async Task<List<SecretListEntry>> ListAsync(List<SecretsFilter> filters, CancellationToken cancellationToken)
    {
        var all = new List<SecretListEntry>();
        string? next = null;
        do
        {
            var page = await api.ListSecretsAsync(new ListSecretsRequest(filters.Count > 0 ? filters : null, 100, next), cancellationToken);
            all.AddRange(page.SecretList ?? []);
            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));
        return all;
    }

    private async Task<SecretListEntry?> DescribeOrNullAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await api.DescribeSecretAsync(name, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.Code == "ResourceNotFoundException")
        {
            return null;
        }
    }

    private async Task<SecretValueEntry?> CurrentOrNullAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetSecretValueAsync(new GetSecretValueRequest(name), cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.Code == "ResourceNotFoundException")
        {
            return null;
        }
    }

    // ESO answers NoSecretErr for a missing secret, version or stage, and for a secret marked for deletion.
    private static async Task<T> ReadAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AwsServiceException ex) when (ex.Code == "ResourceNotFoundException"
            || (ex.Code == "InvalidRequestException" && ex.ServiceMessage.Contains("marked for deletion", StringComparison.Ordinal)))
        {
            throw new SecretNotFoundException(SecretNotFoundException.DefaultMessage, ex);
        }
    }

    private string Name(string key) => (spec.Prefix ?? string.Empty) + key;

    private static Dictionary<string, string> Tags(IReadOnlyList<WireTag>? tags) =>
        (tags ?? []).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    private static string? AsString(PushMetadata metadata, SecretValue value) => metadata.SecretPushFormat == "string" ? value.Reveal() : null;

    private static byte[]? AsBinary(PushMetadata metadata, SecretValue value) => metadata.SecretPushFormat == "string" ? null : value.ToArray();
}
