using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Crds;

/// <summary>
/// The structural schema of one custom resource version: defaulting, pruning, validation and list semantics.
/// The one seam between the server and the schema engine (Ferry.Schemas).
/// </summary>
internal interface ICustomResourceSchema
{
    void ApplyDefaults(JsonObject value);

    /// <summary>Removes fields the schema does not declare and returns their paths (for fieldValidation).</summary>
    List<string> Prune(JsonObject value);

    IReadOnlyList<FieldError> Validate(JsonObject value, JsonObject? old);

    ListType ListTypeAt(IReadOnlyList<string> path);
}
