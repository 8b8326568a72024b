using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Crds;

/// <summary>Compiles a CRD version's openAPIV3Schema; throws <see cref="Http.ApiException"/> when it is not structural.</summary>
internal interface ICustomResourceSchemaFactory
{
    ICustomResourceSchema Create(JsonObject openApiV3Schema);
}
