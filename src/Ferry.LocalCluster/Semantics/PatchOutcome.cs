using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Semantics;

/// <summary>What a patch produced: the new object, whether it may create, and whether it set managedFields itself.</summary>
internal sealed record PatchOutcome(JsonObject Value, bool CreateIfMissing = false, bool ManagedFieldsSet = false);
