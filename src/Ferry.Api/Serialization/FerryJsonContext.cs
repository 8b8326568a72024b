using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Generators;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using k8s.Models;

namespace Ferry.Api.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every kind Ferry serves and its list. Nulls are not written, so
/// a field the user left out stays out; timestamps are written as the API server writes them.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(KubernetesDateTimeOffsetConverter), typeof(KubernetesDateTimeConverter)])]
[JsonSerializable(typeof(ExternalSecret))]
[JsonSerializable(typeof(ExternalSecretList))]
[JsonSerializable(typeof(SecretStore))]
[JsonSerializable(typeof(SecretStoreList))]
[JsonSerializable(typeof(ClusterSecretStore))]
[JsonSerializable(typeof(ClusterSecretStoreList))]
[JsonSerializable(typeof(ClusterExternalSecret))]
[JsonSerializable(typeof(ClusterExternalSecretList))]
[JsonSerializable(typeof(PushSecret))]
[JsonSerializable(typeof(PushSecretList))]
[JsonSerializable(typeof(ClusterPushSecret))]
[JsonSerializable(typeof(ClusterPushSecretList))]
[JsonSerializable(typeof(Password))]
[JsonSerializable(typeof(PasswordList))]
[JsonSerializable(typeof(UUID))]
[JsonSerializable(typeof(UUIDList))]
[JsonSerializable(typeof(Fake))]
[JsonSerializable(typeof(FakeList))]
[JsonSerializable(typeof(ClusterGenerator))]
[JsonSerializable(typeof(ClusterGeneratorList))]
[JsonSerializable(typeof(GeneratorState))]
[JsonSerializable(typeof(GeneratorStateList))]
[JsonSerializable(typeof(V1ObjectMeta))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class FerryJsonContext : JsonSerializerContext;
