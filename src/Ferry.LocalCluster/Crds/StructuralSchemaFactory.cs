using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.Schemas;

namespace Ferry.LocalCluster.Crds;

/// <summary>Compiles CRD schemas with Ferry.Schemas; a schema it rejects makes the CRD invalid.</summary>
internal sealed class StructuralSchemaFactory : ICustomResourceSchemaFactory
{
    public ICustomResourceSchema Create(JsonObject openApiV3Schema)
    {
        try
        {
            return new StructuralSchemaAdapter(StructuralSchema.Parse(openApiV3Schema), openApiV3Schema);
        }
        catch (SchemaFormatException exception)
        {
            throw new ApiException(422, "Invalid", exception.Message);
        }
    }
}
