using System.Globalization;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

/// <summary>
/// One KV secrets engine (version 1 or 2) with Vault's routes, status codes and payloads: data, metadata, delete,
/// undelete, destroy, config, LIST (404 on an empty folder), check-and-set and max_versions pruning.
/// Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class VaultFakeKvMount(string path, int version)
{
    private const int DefaultMaxVersions = 10;

    public string Path { get; } = path;

    public int Version { get; } = version;

    public SortedDictionary<string, VaultFakeKvEntry> Entries { get; } = new(StringComparer.Ordinal);

    public int MaxVersions { get; set; }

    public bool CasRequired { get; set; }

    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public VaultFakeResult Handle(string method, string rest, bool listQuery, string? versionQuery, JsonObject? body, DateTimeOffset now)
    {
        if (Version == 1)
        {
            return HandleV1(method, rest, listQuery, body, now);
        }

        var (route, key) = Split(rest);
        var isList = method == "LIST" || (method == "GET" && listQuery);
        return (route, method) switch
        {
            ("data", "GET") => Read(key, versionQuery),
            ("data", "POST" or "PUT") => Write(key, body, now),
            ("data", "PATCH") => Patch(key, body, now),
            ("data", "DELETE") => SoftDeleteLatest(key, now),
            ("metadata", _) when isList => List(key),
            ("metadata", "GET") => ReadMetadata(key),
            ("metadata", "POST" or "PUT") => WriteMetadata(key, body, now),
            ("metadata", "DELETE") => DeleteMetadata(key),
            ("delete", "POST" or "PUT") => ChangeVersions(key, body, v => v.Deleted ??= now),
            ("undelete", "POST" or "PUT") => ChangeVersions(key, body, v => v.Deleted = v.Destroyed ? v.Deleted : null),
            ("destroy", "POST" or "PUT") => ChangeVersions(key, body, v => (v.Destroyed, v.Data) = (true, null)),
            ("config", "GET") => VaultFakeResult.Ok(new JsonObject { ["cas_required"] = CasRequired, ["delete_version_after"] = "0s", ["max_versions"] = MaxVersions }),
            ("config", "POST" or "PUT") => Configure(body),
            (_, "GET" or "POST" or "PUT" or "DELETE" or "LIST" or "PATCH") => new VaultFakeResult(404, new JsonObject
            {
                ["errors"] = new JsonArray(),
                ["warnings"] = new JsonArray($"Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv get' for this operation."),
            }),
            _ => VaultFakeResult.Error(405, "unsupported operation"),
        };
    }

    /// <summary>Seeds a version as a client write would (no CAS); returns the version number.</summary>
    public int Put(string key, JsonObject data, DateTimeOffset now)
    {
        if (Version == 1)
        {
            var entry = GetOrCreate(key, now);
            entry.Versions[1] = new VaultFakeKvVersion { Data = data, Created = now };
            entry.CurrentVersion = entry.OldestVersion = 1;
            return 1;
        }

        return AppendVersion(GetOrCreate(key, now), data, now);
    }

    private VaultFakeResult HandleV1(string method, string key, bool listQuery, JsonObject? body, DateTimeOffset now)
    {
        if (method == "LIST" || (method == "GET" && listQuery))
        {
            return List(key);
        }

        switch (method)
        {
            case "GET":
                return Entries.TryGetValue(key, out var entry) && entry.Current?.Data is { } data
                    ? VaultFakeResult.Ok(data.DeepClone(), leaseDuration: 2764800, mountType: "kv")
                    : VaultFakeResult.NotFound();
            case "POST" or "PUT":
                if (body is null || body.Count == 0)
                {
                    return VaultFakeResult.Error(400, "missing data fields");
                }

                Put(key, body, now);
                return VaultFakeResult.NoContent;
            case "DELETE":
                Entries.Remove(key);
                return VaultFakeResult.NoContent;
            default:
                return VaultFakeResult.Error(405, "unsupported operation");
        }
    }

    private VaultFakeResult Read(string key, string? versionQuery)
    {
        if (!Entries.TryGetValue(key, out var entry) || entry.CurrentVersion == 0)
        {
            return VaultFakeResult.NotFound();
        }

        var number = entry.CurrentVersion;
        if (!string.IsNullOrEmpty(versionQuery) && versionQuery != "0")
        {
            if (!int.TryParse(versionQuery, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                return VaultFakeResult.Error(400, "invalid version: strconv.Atoi: parsing \"" + versionQuery + "\": invalid syntax");
            }
        }

        if (!entry.Versions.TryGetValue(number, out var version))
        {
            return VaultFakeResult.NotFound();
        }

        var payload = new JsonObject { ["data"] = version.IsLive ? version.Data!.DeepClone() : null, ["metadata"] = entry.VersionMetadata(number, Format) };
        // A deleted or destroyed version answers 404 but still carries its metadata, as Vault does.
        return VaultFakeResult.Ok(payload, mountType: "kv", status: version.IsLive ? 200 : 404);
    }

    private VaultFakeResult Write(string key, JsonObject? body, DateTimeOffset now)
    {
        if (body?["data"] is not JsonObject data)
        {
            return VaultFakeResult.Error(400, "no data provided");
        }

        Entries.TryGetValue(key, out var existing);
        var current = existing?.CurrentVersion ?? 0;
        var cas = body["options"]?["cas"];
        if (cas is not null)
        {
            if (cas.GetValue<long>() != current)
            {
                return VaultFakeResult.Error(400, "check-and-set parameter did not match the current version");
            }
        }
        else if (CasRequired || existing?.CasRequired == true)
        {
            return VaultFakeResult.Error(400, "check-and-set parameter required for this call");
        }

        var entry = GetOrCreate(key, now);
        var number = AppendVersion(entry, (JsonObject)data.DeepClone(), now);
        return VaultFakeResult.Ok(entry.VersionMetadata(number, Format), mountType: "kv");
    }

    private VaultFakeResult Patch(string key, JsonObject? body, DateTimeOffset now)
    {
        if (!Entries.TryGetValue(key, out var entry) || entry.Current is not { IsLive: true } current)
        {
            return VaultFakeResult.NotFound();
        }

        if (body?["data"] is not JsonObject patch)
        {
            return VaultFakeResult.Error(400, "no data provided");
        }

        var merged = (JsonObject)current.Data!.DeepClone();
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }

        var number = AppendVersion(entry, merged, now);
        return VaultFakeResult.Ok(entry.VersionMetadata(number, Format), mountType: "kv");
    }

    private VaultFakeResult SoftDeleteLatest(string key, DateTimeOffset now)
    {
        if (Entries.TryGetValue(key, out var entry) && entry.Current is { } current)
        {
            current.Deleted ??= now;
        }

        return VaultFakeResult.NoContent;
    }

    private VaultFakeResult List(string folder)
    {
        if (folder.Length > 0 && !folder.EndsWith('/'))
        {
            folder += "/";
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in Entries.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)))
        {
            var rest = key[folder.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            keys.Add(slash < 0 ? rest : rest[..(slash + 1)]);
        }

        return keys.Count == 0
            ? VaultFakeResult.NotFound()
            : VaultFakeResult.Ok(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k)]) }, mountType: "kv");
    }

    private VaultFakeResult ReadMetadata(string key) =>
        Entries.TryGetValue(key, out var entry)
            ? VaultFakeResult.Ok(entry.Metadata(Format), mountType: "kv")
            : VaultFakeResult.NotFound();

    private VaultFakeResult WriteMetadata(string key, JsonObject? body, DateTimeOffset now)
    {
        var entry = GetOrCreate(key, now);
        body ??= [];
        if (body["custom_metadata"] is JsonObject custom)
        {
            entry.CustomMetadata = custom.ToDictionary(e => e.Key, e => e.Value?.GetValue<string>() ?? string.Empty, StringComparer.Ordinal);
        }

        if (body["max_versions"] is JsonValue maxVersions)
        {
            entry.MaxVersions = maxVersions.GetValue<int>();
        }

        if (body["cas_required"] is JsonValue casRequired)
        {
            entry.CasRequired = casRequired.GetValue<bool>();
        }

        entry.Updated = now;
        return VaultFakeResult.NoContent;
    }

    private VaultFakeResult DeleteMetadata(string key)
    {
        Entries.Remove(key);
        return VaultFakeResult.NoContent;
    }

    private VaultFakeResult ChangeVersions(string key, JsonObject? body, Action<VaultFakeKvVersion> change)
    {
        if (body?["versions"] is not JsonArray versions || versions.Count == 0)
        {
            return VaultFakeResult.Error(400, "no version number provided");
        }

        if (Entries.TryGetValue(key, out var entry))
        {
            foreach (var number in versions.Select(v => v!.GetValue<int>()))
            {
                if (entry.Versions.TryGetValue(number, out var version))
                {
                    change(version);
                }
            }
        }

        return VaultFakeResult.NoContent;
    }

    private VaultFakeResult Configure(JsonObject? body)
    {
        if (body?["max_versions"] is JsonValue maxVersions)
        {
            MaxVersions = maxVersions.GetValue<int>();
        }

        if (body?["cas_required"] is JsonValue casRequired)
        {
            CasRequired = casRequired.GetValue<bool>();
        }

        return VaultFakeResult.NoContent;
    }

    private VaultFakeKvEntry GetOrCreate(string key, DateTimeOffset now)
    {
        if (!Entries.TryGetValue(key, out var entry))
        {
            entry = new VaultFakeKvEntry { Created = now, Updated = now };
            Entries[key] = entry;
        }

        return entry;
    }

    private int AppendVersion(VaultFakeKvEntry entry, JsonObject data, DateTimeOffset now)
    {
        var number = entry.CurrentVersion + 1;
        entry.Versions[number] = new VaultFakeKvVersion { Data = data, Created = now };
        entry.CurrentVersion = number;
        entry.Updated = now;
        var keep = entry.MaxVersions > 0 ? entry.MaxVersions : MaxVersions > 0 ? MaxVersions : DefaultMaxVersions;
        while (entry.Versions.Count > keep)
        {
            entry.Versions.Remove(entry.Versions.Keys.First());
        }

        entry.OldestVersion = entry.Versions.Keys.First();
        return number;
    }

    private static (string Route, string Key) Split(string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (rest, string.Empty) : (rest[..slash], rest[(slash + 1)..]);
    }
}
