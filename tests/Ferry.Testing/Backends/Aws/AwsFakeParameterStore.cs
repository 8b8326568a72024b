using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// The fake's SSM Parameter Store: versioned parameters with labels and selectors (<c>name:3</c>, <c>name:label</c>),
/// SecureString decryption, path queries with best-effort pages, DescribeParameters filters and tags, served over
/// JSON 1.1 (<c>X-Amz-Target: AmazonSSM.&lt;Operation&gt;</c>).
/// </summary>
public sealed class AwsFakeParameterStore
{
    public const string TargetPrefix = "AmazonSSM";
    public const string SigningName = "ssm";
    public const int MaxVersions = 100;

    private readonly AwsFakeState _state;
    private readonly SortedDictionary<string, Entry> _parameters = new(StringComparer.Ordinal);

    internal AwsFakeParameterStore(AwsFakeState state) => _state = state;

    /// <summary>
    /// At most this many parameters per GetParametersByPath page, whatever MaxResults asks (the service's pages are
    /// best-effort: clients must loop on NextToken). Zero-length pages are sent when <see cref="EmptyPagesFirst"/> is set.
    /// </summary>
    public int PathPageSize { get; set; } = 10;

    /// <summary>The first GetParametersByPath page of a query is empty but carries a NextToken, as the service may answer.</summary>
    public bool EmptyPagesFirst { get; set; }

    /// <summary>GetParametersByPath answers AccessDeniedException (as a restrictive IAM policy would), to drive ESO's DescribeParameters fallback.</summary>
    public bool DenyGetParametersByPath { get; set; }

    public int Count
    {
        get
        {
            lock (_state.Gate)
            {
                return _parameters.Count;
            }
        }
    }

    public long Put(string name, string value, string type = "String", IReadOnlyDictionary<string, string>? tags = null, IReadOnlyList<string>? labels = null)
    {
        lock (_state.Gate)
        {
            if (!_parameters.TryGetValue(name, out var entry))
            {
                entry = new Entry(name, type);
                _parameters[name] = entry;
            }

            entry.Type = type;
            foreach (var (key, tagValue) in tags ?? new Dictionary<string, string>())
            {
                entry.Tags[key] = tagValue;
            }

            var version = entry.Add(value, _state.Now);
            version.Labels.UnionWith(labels ?? []);
            return version.Number;
        }
    }

    public AwsFakeParameter? Find(string name)
    {
        lock (_state.Gate)
        {
            if (!_parameters.TryGetValue(name, out var entry))
            {
                return null;
            }

            var latest = entry.Versions[^1];
            return new AwsFakeParameter(entry.Name, entry.Type, latest.Value, latest.Number, entry.Tier, entry.KeyId, entry.Description,
                new Dictionary<string, string>(entry.Tags, StringComparer.Ordinal));
        }
    }

    internal JsonObject Handle(string operation, JsonObject body)
    {
        lock (_state.Gate)
        {
            return operation switch
            {
                "GetParameter" => GetParameter(body),
                "GetParameters" => GetParameters(body),
                "GetParametersByPath" => GetParametersByPath(body),
                "DescribeParameters" => DescribeParameters(body),
                "PutParameter" => PutParameter(body),
                "DeleteParameter" => DeleteParameter(body),
                "AddTagsToResource" => AddTags(body),
                "RemoveTagsFromResource" => RemoveTags(body),
                "ListTagsForResource" => ListTags(body),
                _ => throw new AwsFakeError(400, "UnknownOperationException", string.Empty),
            };
        }
    }

    private JsonObject GetParameter(JsonObject body)
    {
        var (entry, version, selector) = Select(AwsFakeJson.RequiredString(body, "Name", "ValidationException"));
        return new JsonObject { ["Parameter"] = Describe(entry, version, selector, AwsFakeJson.Bool(body, "WithDecryption"), withValue: true) };
    }

    private JsonObject GetParameters(JsonObject body)
    {
        var names = AwsFakeJson.Strings(body, "Names");
        if (names.Count is 0 or > 10)
        {
            throw new AwsFakeError(400, "ValidationException", "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10");
        }

        var found = new JsonArray();
        var invalid = new JsonArray();
        foreach (var name in names)
        {
            try
            {
                var (entry, version, selector) = Select(name);
                found.Add(Describe(entry, version, selector, AwsFakeJson.Bool(body, "WithDecryption"), withValue: true));
            }
            catch (AwsFakeError)
            {
                invalid.Add(name);
            }
        }

        return new JsonObject { ["Parameters"] = found, ["InvalidParameters"] = invalid };
    }

    private JsonObject GetParametersByPath(JsonObject body)
    {
        if (DenyGetParametersByPath)
        {
            throw new AwsFakeError(400, "AccessDeniedException", $"User is not authorized to perform: ssm:GetParametersByPath on resource: arn:aws:ssm:{_state.Region}:{_state.AccountId}:parameter/");
        }

        var path = AwsFakeJson.RequiredString(body, "Path", "ValidationException");
        if (!path.StartsWith('/'))
        {
            throw new AwsFakeError(400, "ValidationException", "The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward slash \"/\".");
        }

        var maxResults = (int)(AwsFakeJson.Long(body, "MaxResults") ?? 10);
        if (maxResults is < 1 or > 10)
        {
            throw new AwsFakeError(400, "ValidationException", $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 10");
        }

        var recursive = AwsFakeJson.Bool(body, "Recursive");
        var prefix = path.EndsWith('/') ? path : path + "/";
        var matching = _parameters.Values
            .Where(e => Rooted(e.Name).StartsWith(prefix, StringComparison.Ordinal) && (recursive || !Rooted(e.Name)[prefix.Length..].Contains('/')))
            .Where(e => MatchesAll(e, AwsFakeJson.Objects(body, "ParameterFilters")))
            .ToList();
        var start = ReadToken(body, out var emptyPageServed);
        if (EmptyPagesFirst && !emptyPageServed)
        {
            return new JsonObject { ["Parameters"] = new JsonArray(), ["NextToken"] = Token(start, emptyServed: true) };
        }

        var size = Math.Min(maxResults, PathPageSize);
        var decrypt = AwsFakeJson.Bool(body, "WithDecryption");
        var page = matching.Skip(start).Take(size).Select(e => (JsonNode)Describe(e, e.Versions[^1], null, decrypt, withValue: true));
        var result = new JsonObject { ["Parameters"] = new JsonArray([.. page]) };
        if (start + size < matching.Count)
        {
            result["NextToken"] = Token(start + size, emptyServed: true);
        }

        return result;
    }

    private JsonObject DescribeParameters(JsonObject body)
    {
        var maxResults = (int)(AwsFakeJson.Long(body, "MaxResults") ?? 50);
        if (maxResults is < 1 or > 50)
        {
            throw new AwsFakeError(400, "ValidationException", $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50");
        }

        var matching = _parameters.Values.Where(e => MatchesAll(e, AwsFakeJson.Objects(body, "ParameterFilters"))).ToList();
        var start = ReadToken(body, out _);
        var page = matching.Skip(start).Take(maxResults).Select(e => (JsonNode)Describe(e, e.Versions[^1], null, decrypt: false, withValue: false));
        var result = new JsonObject { ["Parameters"] = new JsonArray([.. page]) };
        if (start + maxResults < matching.Count)
        {
            result["NextToken"] = Token(start + maxResults, emptyServed: true);
        }

        return result;
    }

    private static bool MatchesAll(Entry entry, List<JsonObject> filters) => filters.All(filter =>
    {
        var key = AwsFakeJson.RequiredString(filter, "Key", "InvalidFilterKey");
        var option = AwsFakeJson.String(filter, "Option") ?? "Equals";
        var values = AwsFakeJson.Strings(filter, "Values");
        if (key.StartsWith("tag:", StringComparison.Ordinal))
        {
            return entry.Tags.TryGetValue(key[4..], out var tagValue) && (values.Count == 0 || values.Contains(tagValue));
        }

        return key switch
        {
            "Name" => values.Any(v => option == "BeginsWith"
                ? entry.Name.StartsWith(v, StringComparison.Ordinal)
                : entry.Name == v || entry.Name == "/" + v.TrimStart('/')),
            "Path" => values.Any(v =>
            {
                var prefix = v.EndsWith('/') ? v : v + "/";
                return Rooted(entry.Name).StartsWith(prefix, StringComparison.Ordinal) && (option == "Recursive" || !Rooted(entry.Name)[prefix.Length..].Contains('/'));
            }),
            "Type" => values.Contains(entry.Type),
            "KeyId" => values.Contains(entry.KeyId ?? string.Empty),
            "Tier" => values.Contains(entry.Tier),
            "DataType" => values.Contains("text"),
            "Label" => values.Any(v => entry.Versions.Any(ver => ver.Labels.Contains(v))),
            "tag-key" => values.Any(entry.Tags.ContainsKey),
            _ => throw new AwsFakeError(400, "InvalidFilterKey", $"The following filter key is not valid: {key}."),
        };
    });

    private JsonObject PutParameter(JsonObject body)
    {
        var name = AwsFakeJson.RequiredString(body, "Name", "ValidationException");
        var value = AwsFakeJson.String(body, "Value") ?? throw new AwsFakeError(400, "ValidationException", "1 validation error detected: Value null at 'value' failed to satisfy constraint: Member must not be null");
        var overwrite = AwsFakeJson.Bool(body, "Overwrite");
        var tags = AwsFakeJson.Tags(body);
        if (overwrite && tags.Count > 0)
        {
            throw new AwsFakeError(400, "ValidationException", "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.");
        }

        var type = AwsFakeJson.String(body, "Type");
        if (_parameters.TryGetValue(name, out var entry))
        {
            if (!overwrite)
            {
                throw new AwsFakeError(400, "ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.");
            }

            if (entry.Versions[^1].Number >= MaxVersions && entry.Versions.Count >= MaxVersions && entry.Versions[0].Labels.Count > 0)
            {
                throw new AwsFakeError(400, "ParameterMaxVersionLimitExceeded", $"You attempted to create a new version of {name} by calling the PutParameter API with the overwrite flag. Version 1, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.");
            }
        }
        else
        {
            if (type is not ("String" or "StringList" or "SecureString"))
            {
                throw new AwsFakeError(400, "ValidationException", "A parameter type is required when you create a parameter.");
            }

            entry = new Entry(name, type);
            foreach (var tag in tags)
            {
                entry.Tags[tag.Key] = tag.Value;
            }

            _parameters[name] = entry;
        }

        entry.Type = type ?? entry.Type;
        entry.KeyId = AwsFakeJson.String(body, "KeyId") ?? entry.KeyId ?? (entry.Type == "SecureString" ? "alias/aws/ssm" : null);
        entry.Description = AwsFakeJson.String(body, "Description") ?? entry.Description;
        entry.Tier = AwsFakeJson.String(body, "Tier") is { } tier and not "Intelligent-Tiering" ? tier : entry.Tier;
        var version = entry.Add(value, _state.Now);
        return new JsonObject { ["Version"] = version.Number, ["Tier"] = entry.Tier };
    }

    private JsonObject DeleteParameter(JsonObject body)
    {
        var name = AwsFakeJson.RequiredString(body, "Name", "ValidationException");
        return _parameters.Remove(name) ? [] : throw NotFound();
    }

    private JsonObject AddTags(JsonObject body)
    {
        var entry = TagTarget(body);
        foreach (var tag in AwsFakeJson.Tags(body))
        {
            entry.Tags[tag.Key] = tag.Value;
        }

        return [];
    }

    private JsonObject RemoveTags(JsonObject body)
    {
        var entry = TagTarget(body);
        foreach (var key in AwsFakeJson.Strings(body, "TagKeys"))
        {
            entry.Tags.Remove(key);
        }

        return [];
    }

    private JsonObject ListTags(JsonObject body) =>
        new() { ["TagList"] = AwsFakeJson.TagArray(TagTarget(body).Tags) };

    private Entry TagTarget(JsonObject body)
    {
        if (AwsFakeJson.String(body, "ResourceType") != "Parameter")
        {
            throw new AwsFakeError(400, "InvalidResourceType", "The resource type is not valid. For example, if you are attempting to tag an EC2 instance, the instance must be a registered managed node.");
        }

        var id = AwsFakeJson.RequiredString(body, "ResourceId", "ValidationException");
        return _parameters.TryGetValue(id, out var entry)
            ? entry
            : throw new AwsFakeError(400, "InvalidResourceId", "The resource ID is not valid. Verify that you entered the correct ID and try again.");
    }

    // name, name:version or name:label.
    private (Entry Entry, Version Version, string? Selector) Select(string requested)
    {
        var colon = requested.LastIndexOf(':');
        var name = colon > 0 && !requested.StartsWith("arn:", StringComparison.Ordinal) ? requested[..colon] : requested;
        var selector = colon > 0 && name != requested ? requested[colon..] : null;
        if (!_parameters.TryGetValue(name, out var entry))
        {
            throw NotFound();
        }

        if (selector is null)
        {
            return (entry, entry.Versions[^1], null);
        }

        var token = selector[1..];
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var byNumber = entry.Versions.FirstOrDefault(v => v.Number == number)
                ?? throw new AwsFakeError(400, "ParameterVersionNotFound", $"Systems Manager could not find version {number} of {name}. Verify the version and try again.");
            return (entry, byNumber, selector);
        }

        var byLabel = entry.Versions.FirstOrDefault(v => v.Labels.Contains(token)) ?? throw NotFound();
        return (entry, byLabel, selector);
    }

    private JsonObject Describe(Entry entry, Version version, string? selector, bool decrypt, bool withValue)
    {
        var result = new JsonObject
        {
            ["Name"] = entry.Name,
            ["Type"] = entry.Type,
            ["Version"] = version.Number,
            ["LastModifiedDate"] = AwsFakeState.EpochSeconds(version.Modified),
            ["ARN"] = $"arn:aws:ssm:{_state.Region}:{_state.AccountId}:parameter/{entry.Name.TrimStart('/')}",
            ["DataType"] = "text",
        };
        if (withValue)
        {
            // Without decryption a SecureString comes back as the KMS ciphertext, never as the plain value.
            result["Value"] = entry.Type == "SecureString" && !decrypt
                ? Convert.ToBase64String(Encoding.UTF8.GetBytes("kms-ciphertext:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(version.Value)))))
                : version.Value;
        }
        else
        {
            result["Tier"] = entry.Tier;
            result["Policies"] = new JsonArray();
            if (entry.KeyId is not null)
            {
                result["KeyId"] = entry.KeyId;
            }

            if (entry.Description is not null)
            {
                result["Description"] = entry.Description;
            }
        }

        if (selector is not null)
        {
            result["Selector"] = selector;
        }

        return result;
    }

    private static int ReadToken(JsonObject body, out bool emptyServed)
    {
        emptyServed = false;
        if (AwsFakeJson.String(body, "NextToken") is not { } token)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            emptyServed = text.StartsWith('e');
            return int.Parse(text.AsSpan(2), CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new AwsFakeError(400, "InvalidNextToken", "The specified token isn't valid.");
        }
    }

    private static string Token(int offset, bool emptyServed) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(emptyServed ? 'e' : 'o')}:{offset}"));

    // A name without a leading slash sits at the root of the hierarchy.
    private static string Rooted(string name) => name.StartsWith('/') ? name : "/" + name;

    private static AwsFakeError NotFound() => new(400, "ParameterNotFound", string.Empty);

    private sealed class Version(long number, string value, DateTimeOffset modified)
    {
        public long Number { get; } = number;

        public string Value { get; } = value;

        public DateTimeOffset Modified { get; } = modified;

        public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Entry(string name, string type)
    {
        public string Name { get; } = name;

        public string Type { get; set; } = type;

        public string Tier { get; set; } = "Standard";

        public string? KeyId { get; set; }

        public string? Description { get; set; }

        public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

        public List<Version> Versions { get; } = [];

        public Version Add(string value, DateTimeOffset now)
        {
            var version = new Version(Versions.Count == 0 ? 1 : Versions[^1].Number + 1, value, now);
            Versions.Add(version);
            if (Versions.Count > MaxVersions)
            {
                Versions.RemoveAt(0);
            }

            return version;
        }
    }
}
