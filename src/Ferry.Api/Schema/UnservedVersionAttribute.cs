namespace Ferry.Api.Schema;

/// <summary>
/// A version the CRD lists with <c>served: false</c> and a free-form schema. ESO lists v1beta1 that way; an API
/// server refuses a CRD update that drops a version still in <c>status.storedVersions</c>, so a cluster moving from
/// ESO to Ferry needs the version listed until its objects are migrated.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class UnservedVersionAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>Whether the version is marked <c>deprecated: true</c>.</summary>
    public bool Deprecated { get; init; } = true;
}
