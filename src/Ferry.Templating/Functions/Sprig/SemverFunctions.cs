using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's semver and semverCompare (Masterminds/semver v3).</summary>
internal static class SemverFunctions
{
    public static IEnumerable<GoFunction> All()
    {
        yield return new("semver", [GoType.String], null, a => SemanticVersion.Parse(Text(a[0])));
        yield return new("semverCompare", [GoType.String, GoType.String], null, a =>
            SemverConstraint.Check(Text(a[0]), SemanticVersion.Parse(Text(a[1]))));
    }
}
