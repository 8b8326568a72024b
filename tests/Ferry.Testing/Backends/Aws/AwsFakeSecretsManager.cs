using System.Text;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// The fake's Secrets Manager: secrets with versions and staging labels, tags, deletion windows, ClientRequestToken
/// idempotency and NextToken paging, served over JSON 1.1 (<c>X-Amz-Target: secretsmanager.&lt;Operation&gt;</c>).
/// Tests seed and inspect it through the public methods.
/// </summary>
public sealed class AwsFakeSecretsManager
{
    public const string CurrentStage = "AWSCURRENT";
    public const string PreviousStage = "AWSPREVIOUS";
    public const string TargetPrefix = "secretsmanager";
    public const string SigningName = "secretsmanager";

    private readonly AwsFakeState _state;
    private readonly Dictionary<string, Entry> _secrets = new(StringComparer.Ordinal);

    internal AwsFakeSecretsManager(AwsFakeState state) => _state = state;

    /// <summary>ListSecrets page size when the request gives no MaxResults (the service's default is not documented; small pages exercise paging).</summary>
    public int DefaultPageSize { get; set; } = 100;

    public int Count
    {
        get
        {
            lock (_state.Gate)
            {
                return _secrets.Count;
            }
        }
    }

    /// <summary>Adds a version holding <paramref name="value"/> (creating the secret), moving AWSCURRENT to it unless other stages are given.</summary>
    public string PutString(string name, string value, IReadOnlyDictionary<string, string>? tags = null, string? versionId = null, IReadOnlyList<string>? stages = null) =>
        Seed(name, value, null, tags, versionId, stages);

    public string PutBinary(string name, byte[] value, IReadOnlyDictionary<string, string>? tags = null, string? versionId = null, IReadOnlyList<string>? stages = null) =>
        Seed(name, null, value, tags, versionId, stages);

    public AwsFakeSecret? Find(string name)
    {
        lock (_state.Gate)
        {
            return _secrets.TryGetValue(name, out var entry) ? entry.Snapshot() : null;
        }
    }

    /// <summary>Marks a secret for deletion as DeleteSecret with a recovery window would.</summary>
    public void ScheduleDeletion(string name, int recoveryWindowInDays = 30)
    {
        lock (_state.Gate)
        {
            var entry = _secrets[name];
            entry.DeletedDate = _state.Now;
            entry.DeletionDate = _state.Now.AddDays(recoveryWindowInDays);
        }
    }

    internal JsonObject Handle(string operation, JsonObject body)
    {
        lock (_state.Gate)
        {
            return operation switch
            {
                "GetSecretValue" => GetSecretValue(body),
                "BatchGetSecretValue" => BatchGetSecretValue(body),
                "DescribeSecret" => Describe(Resolve(AwsFakeJson.RequiredString(body, "SecretId"), allowDeleted: true)),
                "ListSecrets" => ListSecrets(body),
                "CreateSecret" => CreateSecret(body),
                "PutSecretValue" => PutSecretValue(body),
                "DeleteSecret" => DeleteSecret(body),
                "RestoreSecret" => RestoreSecret(body),
                "TagResource" => TagResource(body),
                "UntagResource" => UntagResource(body),
                _ => throw new AwsFakeError(400, "UnknownOperationException", string.Empty),
            };
        }
    }

    private string Seed(string name, string? text, byte[]? binary, IReadOnlyDictionary<string, string>? tags, string? versionId, IReadOnlyList<string>? stages)
    {
        lock (_state.Gate)
        {
            if (!_secrets.TryGetValue(name, out var entry))
            {
                entry = new Entry(name, Arn(name), _state.Now);
                _secrets[name] = entry;
            }

            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                entry.SetTag(key, value);
            }

            entry.AddVersion(versionId ?? Guid.NewGuid().ToString(), text, binary, stages ?? [CurrentStage], _state.Now);
            return entry.Arn;
        }
    }

    private JsonObject GetSecretValue(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"));
        var version = SelectVersion(entry, AwsFakeJson.String(body, "VersionId"), AwsFakeJson.String(body, "VersionStage"));
        return ValueOf(entry, version);
    }

    private static Version SelectVersion(Entry entry, string? versionId, string? stage)
    {
        if (versionId is not null)
        {
            var byId = entry.Versions.FirstOrDefault(v => v.Id == versionId)
                ?? throw new AwsFakeError(400, "ResourceNotFoundException", $"Secrets Manager can't find the specified secret value for VersionId: {versionId}");
            return stage is null || byId.Stages.Contains(stage)
                ? byId
                : throw new AwsFakeError(400, "InvalidRequestException", $"You provided a VersionStage that is not associated to the provided VersionId.");
        }

        var wanted = stage ?? CurrentStage;
        return entry.Versions.FirstOrDefault(v => v.Stages.Contains(wanted))
            ?? throw new AwsFakeError(400, "ResourceNotFoundException", $"Secrets Manager can't find the specified secret value for staging label: {wanted}");
    }

    private JsonObject BatchGetSecretValue(JsonObject body)
    {
        var ids = AwsFakeJson.Strings(body, "SecretIdList");
        var filters = AwsFakeJson.Objects(body, "Filters");
        if ((ids.Count == 0) == (filters.Count == 0))
        {
            throw new AwsFakeError(400, "InvalidParameterException", "Either 'SecretIdList' or 'Filters' must be provided, but not both.");
        }

        var values = new JsonArray();
        var errors = new JsonArray();
        string? next = null;
        if (ids.Count > 0)
        {
            if (ids.Count > 20)
            {
                throw new AwsFakeError(400, "InvalidParameterException", "The SecretIdList can contain at most 20 secret IDs.");
            }

            if (body["MaxResults"] is not null)
            {
                throw new AwsFakeError(400, "InvalidParameterException", "MaxResults can only be used with Filters.");
            }

            foreach (var id in ids)
            {
                try
                {
                    var entry = Resolve(id);
                    values.Add(ValueOf(entry, SelectVersion(entry, null, null)));
                }
                catch (AwsFakeError error)
                {
                    errors.Add(new JsonObject { ["SecretId"] = id, ["ErrorCode"] = error.Code, ["Message"] = error.Message });
                }
            }
        }
        else
        {
            var matching = Filter(filters, includeDeleted: false);
            var page = Page(matching, body, 20, out next);
            foreach (var entry in page)
            {
                values.Add(ValueOf(entry, SelectVersion(entry, null, null)));
            }
        }

        var result = new JsonObject { ["SecretValues"] = values, ["Errors"] = errors };
        if (next is not null)
        {
            result["NextToken"] = next;
        }

        return result;
    }

    private JsonObject ListSecrets(JsonObject body)
    {
        var matching = Filter(AwsFakeJson.Objects(body, "Filters"), AwsFakeJson.Bool(body, "IncludePlannedDeletion"));
        if (AwsFakeJson.String(body, "SortOrder") == "asc")
        {
            matching.Reverse();
        }

        var page = Page(matching, body, DefaultPageSize, out var next);
        var result = new JsonObject { ["SecretList"] = new JsonArray([.. page.Select(e => (JsonNode)ListEntry(e))]) };
        if (next is not null)
        {
            result["NextToken"] = next;
        }

        return result;
    }

    // The service lists newest first by default.
    private List<Entry> Filter(List<JsonObject> filters, bool includeDeleted)
    {
        var parsed = filters.Select(f => (Key: AwsFakeJson.RequiredString(f, "Key"), Values: AwsFakeJson.Strings(f, "Values"))).ToList();
        foreach (var (key, _) in parsed)
        {
            if (key is not ("name" or "description" or "tag-key" or "tag-value" or "primary-region" or "owning-service" or "all"))
            {
                throw new AwsFakeError(400, "ValidationException", $"1 validation error detected: Value '{key}' at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [all, name, tag-key, description, tag-value, primary-region, owning-service]");
            }
        }

        return [.. _secrets.Values
            .Where(e => includeDeleted || e.DeletedDate is null)
            .Where(e => parsed.All(f => f.Values.Any(v => Matches(e, f.Key, v))))
            .OrderByDescending(e => e.CreatedDate)
            .ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    // Prefix matches as the ListSecrets documentation lists them; a leading '!' negates the value.
    private static bool Matches(Entry entry, string key, string value)
    {
        if (value.StartsWith('!'))
        {
            return !Matches(entry, key, value[1..]);
        }

        return key switch
        {
            "name" => entry.Name.StartsWith(value, StringComparison.Ordinal),
            "description" => (entry.Description ?? string.Empty).StartsWith(value, StringComparison.OrdinalIgnoreCase),
            "tag-key" => entry.Tags.Any(t => t.Key.StartsWith(value, StringComparison.Ordinal)),
            "tag-value" => entry.Tags.Any(t => t.Value.StartsWith(value, StringComparison.Ordinal)),
            "all" => entry.Name.Contains(value, StringComparison.OrdinalIgnoreCase)
                || (entry.Description ?? string.Empty).Contains(value, StringComparison.OrdinalIgnoreCase)
                || entry.Tags.Any(t => t.Key.Contains(value, StringComparison.OrdinalIgnoreCase) || t.Value.Contains(value, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static List<Entry> Page(List<Entry> all, JsonObject body, int defaultSize, out string? next)
    {
        var size = (int)(AwsFakeJson.Long(body, "MaxResults") ?? defaultSize);
        if (size is < 1 or > 100)
        {
            throw new AwsFakeError(400, "ValidationException", $"1 validation error detected: Value '{size}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
        }

        var start = 0;
        if (AwsFakeJson.String(body, "NextToken") is { } token)
        {
            try
            {
                start = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)).AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw new AwsFakeError(400, "InvalidNextTokenException", "The NextToken value is invalid.");
            }
        }

        var page = all.Skip(start).Take(size).ToList();
        next = start + size < all.Count
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{start + size}"))
            : null;
        return page;
    }

    private JsonObject CreateSecret(JsonObject body)
    {
        var name = AwsFakeJson.RequiredString(body, "Name");
        if (_secrets.TryGetValue(name, out var existing))
        {
            throw existing.DeletedDate is null
                ? new AwsFakeError(400, "ResourceExistsException", $"The operation failed because the secret {name} already exists.")
                : new AwsFakeError(400, "InvalidRequestException", "You can't create this secret because a secret with this name is already scheduled for deletion.");
        }

        var entry = new Entry(name, Arn(name), _state.Now)
        {
            Description = AwsFakeJson.String(body, "Description"),
            KmsKeyId = AwsFakeJson.String(body, "KmsKeyId"),
        };
        foreach (var tag in AwsFakeJson.Tags(body))
        {
            entry.SetTag(tag.Key, tag.Value);
        }

        var (text, binary) = ReadValue(body, required: false);
        var result = new JsonObject { ["ARN"] = entry.Arn, ["Name"] = name };
        if (text is not null || binary is not null)
        {
            var versionId = AwsFakeJson.String(body, "ClientRequestToken") ?? Guid.NewGuid().ToString();
            entry.AddVersion(versionId, text, binary, [CurrentStage], _state.Now);
            result["VersionId"] = versionId;
        }

        _secrets[name] = entry;
        return result;
    }

    private JsonObject PutSecretValue(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"));
        var (text, binary) = ReadValue(body, required: true);
        var versionId = AwsFakeJson.String(body, "ClientRequestToken") ?? Guid.NewGuid().ToString();
        var stages = AwsFakeJson.Strings(body, "VersionStages");
        if (stages.Count == 0)
        {
            stages = [CurrentStage];
        }

        if (entry.Versions.FirstOrDefault(v => v.Id == versionId) is { } same)
        {
            // Idempotent on ClientRequestToken: a retry with the same value is a no-op, a different value a conflict.
            if (same.Text != text || !(same.Binary ?? []).SequenceEqual(binary ?? []))
            {
                throw new AwsFakeError(400, "ResourceExistsException", "You can't modify an existing version, you can only create a new version.");
            }
        }
        else
        {
            entry.AddVersion(versionId, text, binary, stages, _state.Now);
        }

        var version = entry.Versions.First(v => v.Id == versionId);
        return new JsonObject
        {
            ["ARN"] = entry.Arn,
            ["Name"] = entry.Name,
            ["VersionId"] = versionId,
            ["VersionStages"] = AwsFakeJson.StringArray(version.Stages),
        };
    }

    private JsonObject DeleteSecret(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"));
        var force = AwsFakeJson.Bool(body, "ForceDeleteWithoutRecovery");
        var window = AwsFakeJson.Long(body, "RecoveryWindowInDays");
        if (force && window is not null)
        {
            throw new AwsFakeError(400, "InvalidParameterException", "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
        }

        if (window is < 7 or > 30)
        {
            throw new AwsFakeError(400, "InvalidParameterException", "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
        }

        var now = _state.Now;
        var deletionDate = force ? now : now.AddDays(window ?? 30);
        if (force)
        {
            _secrets.Remove(entry.Name);
        }
        else
        {
            entry.DeletedDate = now;
            entry.DeletionDate = deletionDate;
        }

        return new JsonObject { ["ARN"] = entry.Arn, ["Name"] = entry.Name, ["DeletionDate"] = AwsFakeState.EpochSeconds(deletionDate) };
    }

    private JsonObject RestoreSecret(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"), allowDeleted: true);
        entry.DeletedDate = null;
        entry.DeletionDate = null;
        return new JsonObject { ["ARN"] = entry.Arn, ["Name"] = entry.Name };
    }

    private JsonObject TagResource(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"));
        foreach (var tag in AwsFakeJson.Tags(body))
        {
            entry.SetTag(tag.Key, tag.Value);
        }

        return [];
    }

    private JsonObject UntagResource(JsonObject body)
    {
        var entry = Resolve(AwsFakeJson.RequiredString(body, "SecretId"));
        foreach (var key in AwsFakeJson.Strings(body, "TagKeys"))
        {
            entry.Tags.RemoveAll(t => t.Key == key);
        }

        return [];
    }

    private static (string? Text, byte[]? Binary) ReadValue(JsonObject body, bool required)
    {
        var text = AwsFakeJson.String(body, "SecretString");
        var encoded = AwsFakeJson.String(body, "SecretBinary");
        if (text is not null && encoded is not null)
        {
            throw new AwsFakeError(400, "InvalidParameterException", "You can't specify both a binary secret value and a string secret value in the same secret.");
        }

        if (required && text is null && encoded is null)
        {
            throw new AwsFakeError(400, "InvalidRequestException", "You must provide either SecretString or SecretBinary.");
        }

        try
        {
            return (text, encoded is null ? null : Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            throw new AwsFakeError(400, "SerializationException", "Base64 encoded binary value is invalid.");
        }
    }

    /// <summary>A secret by name, full ARN or partial ARN (the ARN without its six random characters).</summary>
    private Entry Resolve(string secretId, bool allowDeleted = false)
    {
        var entry = _secrets.TryGetValue(secretId, out var byName)
            ? byName
            : _secrets.Values.FirstOrDefault(e => e.Arn == secretId || e.Arn[..^7] == secretId);
        if (entry is null)
        {
            throw new AwsFakeError(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }

        return entry.DeletedDate is not null && !allowDeleted
            ? throw new AwsFakeError(400, "InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.")
            : entry;
    }

    private static JsonObject ValueOf(Entry entry, Version version)
    {
        var result = new JsonObject
        {
            ["ARN"] = entry.Arn,
            ["Name"] = entry.Name,
            ["VersionId"] = version.Id,
            ["VersionStages"] = AwsFakeJson.StringArray(version.Stages),
            ["CreatedDate"] = AwsFakeState.EpochSeconds(version.Created),
        };
        if (version.Text is not null)
        {
            result["SecretString"] = version.Text;
        }
        else if (version.Binary is not null)
        {
            result["SecretBinary"] = Convert.ToBase64String(version.Binary);
        }

        return result;
    }

    private static JsonObject Describe(Entry entry)
    {
        var result = ListEntry(entry);
        result["VersionIdsToStages"] = result["SecretVersionsToStages"]!.DeepClone();
        result.Remove("SecretVersionsToStages");
        if (entry.KmsKeyId is not null)
        {
            result["KmsKeyId"] = entry.KmsKeyId;
        }

        return result;
    }

    private static JsonObject ListEntry(Entry entry)
    {
        var stages = new JsonObject();
        foreach (var version in entry.Versions.Where(v => v.Stages.Count > 0))
        {
            stages[version.Id] = AwsFakeJson.StringArray(version.Stages);
        }

        var result = new JsonObject
        {
            ["ARN"] = entry.Arn,
            ["Name"] = entry.Name,
            ["Tags"] = AwsFakeJson.TagArray(entry.Tags),
            ["SecretVersionsToStages"] = stages,
            ["CreatedDate"] = AwsFakeState.EpochSeconds(entry.CreatedDate),
            ["LastChangedDate"] = AwsFakeState.EpochSeconds(entry.LastChangedDate),
        };
        if (entry.Description is not null)
        {
            result["Description"] = entry.Description;
        }

        if (entry.DeletedDate is { } deleted)
        {
            result["DeletedDate"] = AwsFakeState.EpochSeconds(deleted);
        }

        return result;
    }

    private string Arn(string name) =>
        $"arn:aws:secretsmanager:{_state.Region}:{_state.AccountId}:secret:{name}-{AwsFakeState.RandomId(string.Empty, 6).ToLowerInvariant()}";

    private sealed class Version(string id, string? text, byte[]? binary, DateTimeOffset created)
    {
        public string Id { get; } = id;

        public string? Text { get; } = text;

        public byte[]? Binary { get; } = binary;

        public DateTimeOffset Created { get; } = created;

        public HashSet<string> Stages { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Entry(string name, string arn, DateTimeOffset created)
    {
        public string Name { get; } = name;

        public string Arn { get; } = arn;

        public DateTimeOffset CreatedDate { get; } = created;

        public DateTimeOffset LastChangedDate { get; set; } = created;

        public string? Description { get; set; }

        public string? KmsKeyId { get; set; }

        public List<KeyValuePair<string, string>> Tags { get; } = [];

        public List<Version> Versions { get; } = [];

        public DateTimeOffset? DeletedDate { get; set; }

        public DateTimeOffset? DeletionDate { get; set; }

        public void SetTag(string key, string value)
        {
            var index = Tags.FindIndex(t => t.Key == key);
            if (index >= 0)
            {
                Tags[index] = KeyValuePair.Create(key, value);
            }
            else
            {
                Tags.Add(KeyValuePair.Create(key, value));
            }
        }

        // A new version takes its stages from the others; AWSCURRENT moving leaves AWSPREVIOUS on the old current.
        public void AddVersion(string id, string? text, byte[]? binary, IEnumerable<string> stages, DateTimeOffset now)
        {
            var version = new Version(id, text, binary, now);
            foreach (var stage in stages)
            {
                foreach (var other in Versions.Where(v => v.Stages.Contains(stage)))
                {
                    other.Stages.Remove(stage);
                    if (stage == CurrentStage)
                    {
                        foreach (var previous in Versions)
                        {
                            previous.Stages.Remove(PreviousStage);
                        }

                        other.Stages.Add(PreviousStage);
                    }
                }

                version.Stages.Add(stage);
            }

            Versions.Add(version);
            // The service drops versions left with no staging label once there are too many; keep the fake bounded the same way.
            if (Versions.Count > 100)
            {
                Versions.RemoveAll(v => v.Stages.Count == 0);
            }

            LastChangedDate = now;
        }

        public AwsFakeSecret Snapshot() => new(
            Name,
            Arn,
            Description,
            KmsKeyId,
            Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            [.. Versions.Select(v => new AwsFakeSecretVersion(v.Id, v.Text, v.Binary?.ToArray(), [.. v.Stages], v.Created))],
            DeletedDate,
            DeletionDate);
    }
}
