using System.Text.Json.Serialization.Metadata;
using Ferry.Api.Schema;

namespace Ferry.Api;

/// <summary>One kind Ferry serves: its API coordinates, its C# type and its JSON metadata (object and list).</summary>
public sealed record ApiKind(
    string Group,
    string Version,
    string Kind,
    string Plural,
    ResourceScope Scope,
    Type ClrType,
    JsonTypeInfo TypeInfo,
    JsonTypeInfo ListTypeInfo)
{
    /// <summary>The <c>apiVersion</c> a manifest of this kind carries: group/version.</summary>
    public string ApiVersion => $"{Group}/{Version}";

    /// <summary>The list kind the API server returns for a list request.</summary>
    public string ListKind => Kind + "List";
}
