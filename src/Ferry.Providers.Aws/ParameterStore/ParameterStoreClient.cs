using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Aws.ParameterStore.Wire;
using Ferry.Providers.Aws.Protocol;
using Ferry.Providers.Aws.Values;
using Ferry.Providers.Matching;
using Ferry.Providers.Values;

namespace Ferry.Providers.Aws.ParameterStore;

/// <summary>
/// ESO's Parameter Store semantics over one authenticated session: key = prefix + name, version = <c>name:version</c>
/// (a number or a label), always read with decryption; find by name walks GetParametersByPath (falling back to
/// DescribeParameters when that is denied), find by tags filters DescribeParameters, and values come from
/// GetParameters ten at a time; push never overwrites a parameter without the managed-by tag.
/// </summary>
internal sealed class ParameterStoreClient(ParameterStoreApi api, AwsProvider spec, DateTimeOffset? expiresAt, bool referentAuth)
    : ISecretsClient, IExpiringSecretsClient
{
    private const int GetParametersBatch = 10;

    public DateTimeOffset? ExpiresAt => expiresAt;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var name = Name(remoteRef.Key);
        if (MetadataValues.IsFetch(remoteRef))
        {
            var tags = await ReadAsync(() => api.ListTagsAsync(name, cancellationToken));
            return MetadataValues.Select(Tags(tags.TagList), remoteRef.Property, escapeHtml: false);
        }

        var selector = string.IsNullOrEmpty(remoteRef.Version) ? name : $"{name}:{remoteRef.Version}";
        var parameter = await ReadAsync(() => api.GetParameterAsync(selector, cancellationToken));
        return AwsProperty.Select(SecretValue.FromString(parameter.Parameter?.Value ?? string.Empty), remoteRef.Property, remoteRef.Key);
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
        var matcher = find.Name is null ? null : NameMatcher.Create(find.Name);
        var found = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
        if (find.Tags is { Count: > 0 })
        {
            var names = (await DescribeAsync(TagFilters(find), cancellationToken)).Where(n => matcher is null || matcher.IsMatch(n)).ToList();
            await FetchAsync(names, found, cancellationToken);
        }
        else if (matcher is not null || !string.IsNullOrEmpty(find.Path))
        {
            await FindByPathAsync(find.Path, matcher, found, cancellationToken);
        }
        else
        {
            throw new ProviderException("find requires name, tags or path");
        }

        return KeyConversion.ConvertKeys(find.ConversionStrategy, found);
    }

    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Name(request.RemoteKey);
        var metadata = PushMetadata.Parse(request.Data.Metadata);
        var source = PushPayload.Source(request);
        var existing = await GetOrNullAsync(name, cancellationToken);
        if (existing is null)
        {
            var value = string.IsNullOrEmpty(request.Property) ? source : PushPayload.Merge(null, request.Property, source);
            var tags = metadata.Tags.Select(t => new WireTag(t.Key, t.Value)).Append(new WireTag(ManagedTag.Key, ManagedTag.Value)).ToList();
            await api.PutParameterAsync(new PutParameterRequest(name, value.Reveal(), metadata.SecretType, false, tags, metadata.Tier,
                metadata.KmsKeyId, metadata.Description, null), cancellationToken);
            return;
        }

        var currentTags = Tags((await api.ListTagsAsync(name, cancellationToken)).TagList);
        if (!ManagedTag.IsManaged(currentTags))
        {
            throw new ProviderException(ManagedTag.NotManagedMessage);
        }

        var current = SecretValue.FromString(existing.Value ?? string.Empty);
        var desired = string.IsNullOrEmpty(request.Property) ? source : PushPayload.Merge(current, request.Property, source);
        if (!current.Equals(desired) || existing.Type != metadata.SecretType)
        {
            await api.PutParameterAsync(new PutParameterRequest(name, desired.Reveal(), metadata.SecretType, true, null, metadata.Tier,
                metadata.KmsKeyId, metadata.Description, null), cancellationToken);
        }

        var missing = metadata.Tags.Where(t => !currentTags.TryGetValue(t.Key, out var v) || v != t.Value).Select(t => new WireTag(t.Key, t.Value)).ToList();
        if (missing.Count > 0)
        {
            await api.AddTagsAsync(name, missing, cancellationToken);
        }
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var name = Name(remoteRef.RemoteKey);
        var existing = await GetOrNullAsync(name, cancellationToken);
        if (existing is null || !ManagedTag.IsManaged(Tags((await api.ListTagsAsync(name, cancellationToken)).TagList)))
        {
            return;
        }

        if (!string.IsNullOrEmpty(remoteRef.Property)
            && PushPayload.Remove(SecretValue.FromString(existing.Value ?? string.Empty), remoteRef.Property) is { } remaining)
        {
            await api.PutParameterAsync(new PutParameterRequest(name, remaining.Reveal(), existing.Type, true, null, null, null, null, null), cancellationToken);
            return;
        }

        try
        {
            await api.DeleteParameterAsync(name, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.Code == "ParameterNotFound")
        {
            // Deleted by someone else meanwhile: the goal is reached.
        }
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return await GetOrNullAsync(Name(remoteRef.RemoteKey), cancellationToken) is not null;
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(referentAuth ? new ClientValidation(ClientValidationOutcome.Unknown, "referent authentication is validated per ExternalSecret") : ClientValidation.Ready);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task FindByPathAsync(string? path, NameMatcher? matcher, Dictionary<string, SecretValue> found, CancellationToken cancellationToken)
    {
        var root = string.IsNullOrEmpty(path) ? "/" : path;
        try
        {
            string? next = null;
            do
            {
                // Pages are best-effort: a short or empty page with a NextToken is normal, so loop on the token alone.
                var page = await api.GetParametersByPathAsync(new GetParametersByPathRequest(root, true, true, 10, next), cancellationToken);
                foreach (var parameter in page.Parameters ?? [])
                {
                    if (parameter.Name is { } name && (matcher is null || matcher.IsMatch(name)))
                    {
                        found[name] = SecretValue.FromString(parameter.Value ?? string.Empty);
                    }
                }

                next = page.NextToken;
            }
            while (!string.IsNullOrEmpty(next));
        }
        catch (AwsServiceException ex) when (ex.Code == "AccessDeniedException")
        {
            // ESO's fallback: a policy may allow DescribeParameters and GetParameters but not GetParametersByPath.
            found.Clear();
            var filters = root == "/" ? null : new List<ParameterFilter> { new("Path", "Recursive", [root]) };
            var names = (await DescribeAsync(filters, cancellationToken)).Where(n => matcher is null || matcher.IsMatch(n)).ToList();
            await FetchAsync(names, found, cancellationToken);
        }
    }

    private async Task<List<string>> DescribeAsync(List<ParameterFilter>? filters, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        string? next = null;
        do
        {
            var page = await api.DescribeParametersAsync(new DescribeParametersRequest(filters, 50, next), cancellationToken);
            names.AddRange((page.Parameters ?? []).Select(p => p.Name).OfType<string>());
            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));
        return names;
    }

    private async Task FetchAsync(List<string> names, Dictionary<string, SecretValue> found, CancellationToken cancellationToken)
    {
        foreach (var chunk in names.Chunk(GetParametersBatch))
        {
            var answer = await api.GetParametersAsync(chunk, cancellationToken);
            foreach (var parameter in answer.Parameters ?? [])
            {
                found[parameter.Name ?? string.Empty] = SecretValue.FromString(parameter.Value ?? string.Empty);
            }
        }
    }

    private static List<ParameterFilter> TagFilters(ExternalSecretFind find)
    {
        var filters = find.Tags!.Select(t => new ParameterFilter($"tag:{t.Key}", "Equals", [t.Value])).ToList();
        if (!string.IsNullOrEmpty(find.Path))
        {
            filters.Add(new ParameterFilter("Path", "Recursive", [find.Path]));
        }

        return filters;
    }

    private async Task<ParameterEntry?> GetOrNullAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await api.GetParameterAsync(name, cancellationToken)).Parameter;
        }
        catch (AwsServiceException ex) when (ex.Code == "ParameterNotFound")
        {
            return null;
        }
    }

    private static async Task<T> ReadAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AwsServiceException ex) when (ex.Code is "ParameterNotFound" or "ParameterVersionNotFound" or "InvalidResourceId")
        {
            throw new SecretNotFoundException(SecretNotFoundException.DefaultMessage, ex);
        }
    }

    private string Name(string key) => (spec.Prefix ?? string.Empty) + key;

    private static Dictionary<string, string> Tags(IReadOnlyList<WireTag>? tags) =>
        (tags ?? []).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
