using System.Text.Json.Serialization;

namespace Ferry.Providers.Azure;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class AzureJsonContext : JsonSerializerContext;
