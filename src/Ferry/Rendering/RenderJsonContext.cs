using System.Text.Json.Serialization;

namespace Ferry.Rendering;

/// <summary>Source-generated JSON metadata for the strings `ferry render` writes.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class RenderJsonContext : JsonSerializerContext;
