using System.Globalization;
using System.Text.RegularExpressions;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>A Masterminds/semver v3 version: lenient parsing (v prefix, missing minor or patch), SemVer ordering.</summary>
internal sealed partial class SemanticVersion : GoObject, IComparable<SemanticVersion>
{
    private static readonly GoType VersionType = GoType.Named("*semver.Version", GoKind.Struct);

    private SemanticVersion(string original, ulong major, ulong minor, ulong patch, string prerelease, string metadata)
    {
        Original = original;
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
    }

    public string Original { get; }

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    public string Prerelease { get; }

    public string Metadata { get; }

    public override GoType Type => VersionType;

    public override string StringForm =>
        $"{Major}.{Minor}.{Patch}" + (Prerelease.Length > 0 ? "-" + Prerelease : "") + (Metadata.Length > 0 ? "+" + Metadata : "");

    [GeneratedRegex(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$")]
    private static partial Regex VersionPattern();

    public static SemanticVersion? TryParse(string text)
    {
        var match = VersionPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        static ulong Part(Group group) =>
            group.Success ? ulong.Parse(group.Value.TrimStart('.'), CultureInfo.InvariantCulture) : 0;

        try
        {
            return new SemanticVersion(text, Part(match.Groups[1]), Part(match.Groups[2]), Part(match.Groups[3]),
                match.Groups[5].Value, match.Groups[8].Value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static SemanticVersion Parse(string text) =>
        TryParse(text) ?? throw new TemplateFunctionException("Invalid Semantic Version");

    public static SemanticVersion Of(ulong major, ulong minor, ulong patch, string prerelease = "") =>
        new($"{major}.{minor}.{patch}", major, minor, patch, prerelease, "");

    public override GoFunction? Method(string name) => name switch
    {
        "Major" => new GoFunction(name, [], null, _ => Major),
        "Minor" => new GoFunction(name, [], null, _ => Minor),
        "Patch" => new GoFunction(name, [], null, _ => Patch),
        "Prerelease" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Prerelease)),
        "Metadata" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Metadata)),
        "Original" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Original)),
        "String" => new GoFunction(name, [], null, _ => GoString.FromUtf8(StringForm)),
        "Compare" => new GoFunction(name, [VersionType], null, a => (long)CompareTo((SemanticVersion)a[0]!)),
        "LessThan" => new GoFunction(name, [VersionType], null, a => CompareTo((SemanticVersion)a[0]!) < 0),
        "GreaterThan" => new GoFunction(name, [VersionType], null, a => CompareTo((SemanticVersion)a[0]!) > 0),
        "Equal" => new GoFunction(name, [VersionType], null, a => CompareTo((SemanticVersion)a[0]!) == 0),
        _ => null,
    };

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = Patch.CompareTo(other.Patch);
        }

        return result != 0 ? Math.Sign(result) : ComparePrerelease(Prerelease, other.Prerelease);
    }

    private static int ComparePrerelease(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0)
        {
            return 1;
        }

        if (b.Length == 0)
        {
            return -1;
        }

        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = ulong.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumeric = ulong.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var result = (leftNumeric, rightNumeric) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
