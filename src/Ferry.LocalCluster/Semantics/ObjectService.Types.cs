using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Semantics;

/// <summary>Resolving a storage table back to a served resource, for controllers that walk the store.</summary>
internal sealed partial class ObjectService
{
    public ResourceType? TypeOf(string groupResource) =>
        Registry.All.FirstOrDefault(t => string.Equals(t.GroupResource, groupResource, StringComparison.Ordinal));

    public ResourceType BuiltIn(string group, string plural) =>
        Registry.All.First(t => t.Group == group && t.Plural == plural);
}
