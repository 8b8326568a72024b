namespace Ferry.Providers.Tests.Contract;

/// <summary>The data every provider's backend holds for the contract suite.</summary>
public static class ContractData
{
    public const string PlainKey = "contract-plain";
    public const string PlainValue = "plain-value";
    public const string JsonKey = "contract-json";
    public const string VersionedKey = "contract-versioned";
    public const string OtherKey = "unrelated-entry";

    public const string JsonValue =
        """{"user":"admin","port":5432,"ratio":1.50,"enabled":true,"nested":{"a": "b"},"empty":null,"friends":[{"first":"Dale"},{"first":"Roger"}]}""";

    public static IReadOnlyList<ContractSecret> Seed { get; } =
    [
        new(PlainKey, PlainValue),
        new(JsonKey, JsonValue),
        new(VersionedKey, "first", "v1"),
        new(VersionedKey, "second", "v2"),
        new(OtherKey, "other-value"),
    ];
}
