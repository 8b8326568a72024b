namespace Ferry.LocalCluster.Resources;

/// <summary>
/// Every served resource by group/version. Readers see an immutable snapshot; CRD changes swap in a new one.
/// </summary>
internal sealed class ResourceRegistry
{
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot;

    public ResourceRegistry(IEnumerable<ResourceType> builtIns)
    {
        _snapshot = new Snapshot([.. builtIns]);
    }

    public IReadOnlyList<ResourceType> All => _snapshot.Types;

    /// <summary>Bumped on every change so discovery documents can carry a fresh hash.</summary>
    public int Generation => _snapshot.Generation;

    public ResourceType? Find(string group, string version, string plural) =>
        _snapshot.ByPath.TryGetValue((group, version, plural), out var type) ? type : null;

    /// <summary>Groups in a stable order: the legacy core group first, built-ins next, custom groups last.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<string> Versions)> Groups() => _snapshot.Groups;

    public IEnumerable<ResourceType> InGroupVersion(string group, string version) =>
        _snapshot.Types.Where(t => t.Group == group && t.Version == version);

    /// <summary>Replaces all versions of one group/resource (a CRD was created, changed or removed).</summary>
    public void Replace(string group, string plural, IEnumerable<ResourceType> versions)
    {
        lock (_gate)
        {
            var rest = _snapshot.Types.Where(t => !(t.Group == group && t.Plural == plural));
            _snapshot = new Snapshot([.. rest, .. versions], _snapshot.Generation + 1);
        }
    }

    private sealed class Snapshot
    {
        public Snapshot(List<ResourceType> types, int generation = 0)
        {
            Types = types;
            Generation = generation;
            ByPath = types.ToDictionary(t => (t.Group, t.Version, t.Plural));
            var groups = new List<(string, IReadOnlyList<string>)>();
            foreach (var group in types.Select(t => t.Group).Distinct())
            {
                var versions = types.Where(t => t.Group == group).Select(t => t.Version).Distinct().ToList();
                versions.Sort(CompareVersions);
                groups.Add((group, versions));
            }

            Groups = groups;
        }

        public List<ResourceType> Types { get; }

        public int Generation { get; }

        public Dictionary<(string, string, string), ResourceType> ByPath { get; }

        public List<(string, IReadOnlyList<string>)> Groups { get; }
    }

    /// <summary>Kubernetes version priority: GA before beta before alpha, higher numbers first.</summary>
    public static int CompareVersions(string a, string b) => VersionRank(b).CompareTo(VersionRank(a)) is var c && c != 0
        ? c
        : string.CompareOrdinal(a, b);

    private static (int Stability, int Major, int Minor) VersionRank(string version)
    {
        var match = System.Text.RegularExpressions.Regex.Match(version, "^v([0-9]+)(?:(alpha|beta)([0-9]+))?$");
        if (!match.Success)
        {
            return (0, 0, 0);
        }

        var major = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minor = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var stability = match.Groups[2].Value switch { "alpha" => 1, "beta" => 2, _ => 3 };
        return (stability, major, minor);
    }
}
