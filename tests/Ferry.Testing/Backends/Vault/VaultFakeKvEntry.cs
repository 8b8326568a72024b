using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

/// <summary>One key of a KV engine: its versions (KV v1 keeps only version 1, overwritten) and its metadata.</summary>
internal sealed class VaultFakeKvEntry
{
    public SortedDictionary<int, VaultFakeKvVersion> Versions { get; } = [];

    public int CurrentVersion { get; set; }

    public int OldestVersion { get; set; }

    public Dictionary<string, string>? CustomMetadata { get; set; }

    public int MaxVersions { get; set; }

    public bool CasRequired { get; set; }

    public string DeleteVersionAfter { get; set; } = "0s";

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset Updated { get; set; }

    public VaultFakeKvVersion? Current => Versions.GetValueOrDefault(CurrentVersion);

    public JsonObject Metadata(Func<DateTimeOffset, string> format)
    {
        var versions = new JsonObject();
        foreach (var (number, version) in Versions)
        {
            versions[number.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["created_time"] = format(version.Created),
                ["deletion_time"] = version.Deleted is { } deleted ? format(deleted) : string.Empty,
                ["destroyed"] = version.Destroyed,
            };
        }

        return new JsonObject
        {
            ["cas_required"] = CasRequired,
            ["created_time"] = format(Created),
            ["current_version"] = CurrentVersion,
            ["custom_metadata"] = CustomJson(),
            ["delete_version_after"] = DeleteVersionAfter,
            ["max_versions"] = MaxVersions,
            ["oldest_version"] = OldestVersion,
            ["updated_time"] = format(Updated),
            ["versions"] = versions,
        };
    }

    public JsonObject VersionMetadata(int number, Func<DateTimeOffset, string> format)
    {
        var version = Versions[number];
        return new JsonObject
        {
            ["created_time"] = format(version.Created),
            ["custom_metadata"] = CustomJson(),
            ["deletion_time"] = version.Deleted is { } deleted ? format(deleted) : string.Empty,
            ["destroyed"] = version.Destroyed,
            ["version"] = number,
        };
    }

    private JsonObject? CustomJson()
    {
        if (CustomMetadata is null)
        {
            return null;
        }

        var custom = new JsonObject();
        foreach (var (k, v) in CustomMetadata)
        {
            custom[k] = v;
        }

        return custom;
    }
}
