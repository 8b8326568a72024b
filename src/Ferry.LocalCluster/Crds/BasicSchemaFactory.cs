using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Crds;

internal sealed class BasicSchemaFactory : ICustomResourceSchemaFactory
{
    public ICustomResourceSchema Create(JsonObject openApiV3Schema) => new BasicSchema(openApiV3Schema);
}
