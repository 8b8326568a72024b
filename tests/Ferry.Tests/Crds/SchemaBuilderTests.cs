using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Crds;
using k8s.Models;

namespace Ferry.Tests.Crds;

public sealed class SchemaBuilderTests
{
    [Theory]
    [InlineData(nameof(Scalars.Text), """{"type":"string"}""")]
    [InlineData(nameof(Scalars.Count), """{"type":"integer","format":"int32"}""")]
    [InlineData(nameof(Scalars.Big), """{"type":"integer","format":"int64"}""")]
    [InlineData(nameof(Scalars.Flag), """{"type":"boolean"}""")]
    [InlineData(nameof(Scalars.Ratio), """{"type":"number"}""")]
    [InlineData(nameof(Scalars.When), """{"type":"string","format":"date-time"}""")]
    [InlineData(nameof(Scalars.WhenOffset), """{"type":"string","format":"date-time"}""")]
    [InlineData(nameof(Scalars.Bytes), """{"type":"string","format":"byte"}""")]
    [InlineData(nameof(Scalars.OptionalCount), """{"type":"integer","format":"int32"}""")]
    [InlineData(nameof(Scalars.Names), """{"type":"array","items":{"type":"string"}}""")]
    [InlineData(nameof(Scalars.Labels), """{"type":"object","additionalProperties":{"type":"string"}}""")]
    [InlineData(nameof(Scalars.Nested), """{"type":"object","additionalProperties":{"type":"array","items":{"type":"integer","format":"int64"}}}""")]
    [InlineData(nameof(Scalars.Port), """{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true}""")]
    [InlineData(nameof(Scalars.Anything), """{"type":"object","x-kubernetes-preserve-unknown-fields":true}""")]
    [InlineData(nameof(Scalars.AnyNode), """{"type":"object","x-kubernetes-preserve-unknown-fields":true}""")]
    [InlineData(nameof(Scalars.AnyValue), """{"x-kubernetes-preserve-unknown-fields":true}""")]
    [InlineData(nameof(Scalars.Metadata), """{"type":"object"}""")]
    public void ForType_ScalarAndCollectionProperties_MapToOpenApiTypes(string property, string expected)
    {
        AssertJson(expected, PropertyOf<Scalars>(property));
    }

    [Fact]
    public void ForType_JsonPropertyName_NamesTheProperty_ElseCamelCase()
    {
        var properties = new SchemaBuilder().ForType(typeof(Naming))["properties"]!.AsObject();

        Assert.Equal(["remoteRef", "secretKey"], properties.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ForType_JsonIgnoreAlways_LeavesPropertyOut_ButWhenWritingNullKeepsIt()
    {
        var properties = new SchemaBuilder().ForType(typeof(Ignoring))["properties"]!.AsObject();

        Assert.True(properties.ContainsKey("kept"));
        Assert.False(properties.ContainsKey("hidden"));
    }

    [Fact]
    public void ForType_RequiredAttribute_ListsSorted_NullableAloneIsNotRequired()
    {
        var schema = new SchemaBuilder().ForType(typeof(Requirements));

        AssertJson("""["alpha","zulu"]""", schema["required"]!);
    }

    [Fact]
    public void ForType_NoRequiredProperty_HasNoRequiredList()
    {
        Assert.False(new SchemaBuilder().ForType(typeof(Naming)).ContainsKey("required"));
    }

    [Fact]
    public void ForType_Enum_UsesJsonStringEnumMemberNames_InDeclarationOrder()
    {
        AssertJson("""{"type":"string","enum":["Default","Unicode","base64url"],"description":"How to decode."}""", PropertyOf<Enums>(nameof(Enums.Decoding)));
    }

    [Fact]
    public void ForType_EnumValuesOnEnumType_OverridesMemberNames()
    {
        AssertJson("""{"type":"string","enum":["a","b"]}""", PropertyOf<Enums>(nameof(Enums.Renamed)));
    }

    [Fact]
    public void ForType_ListOfEnum_PutsEnumOnItems()
    {
        AssertJson("""{"type":"array","items":{"type":"string","enum":["Default","Unicode","base64url"],"description":"How to decode."}}""", PropertyOf<Enums>(nameof(Enums.Many)));
    }

    [Fact]
    public void ForType_EnumValuesOnStringProperty_AddsEnum()
    {
        AssertJson("""{"type":"string","enum":["Secret","ConfigMap"]}""", PropertyOf<Facets>(nameof(Facets.Kind)));
    }

    [Theory]
    [InlineData(nameof(Facets.Described), """{"type":"string","description":"Said on the property."}""")]
    [InlineData(nameof(Facets.TypeDescribed), """{"type":"object","description":"Said on the type."}""")]
    [InlineData(nameof(Facets.PropertyWins), """{"type":"object","description":"Said on the property."}""")]
    [InlineData(nameof(Facets.Defaulted), """{"type":"string","default":"1h0m0s"}""")]
    [InlineData(nameof(Facets.DefaultedNumber), """{"type":"integer","format":"int32","default":24}""")]
    [InlineData(nameof(Facets.DefaultedList), """{"type":"array","items":{"type":"string"},"default":["password"]}""")]
    [InlineData(nameof(Facets.Patterned), """{"type":"string","pattern":"^[a-z]+$","minLength":1,"maxLength":253}""")]
    [InlineData(nameof(Facets.Ranged), """{"type":"integer","format":"int32","minimum":1,"maximum":8192}""")]
    [InlineData(nameof(Facets.Exclusive), """{"type":"number","minimum":0.5,"exclusiveMinimum":true,"maximum":2,"exclusiveMaximum":true}""")]
    [InlineData(nameof(Facets.Counted), """{"type":"array","items":{"type":"string","maxLength":63},"minItems":1,"maxItems":5}""")]
    [InlineData(nameof(Facets.PatternedItems), """{"type":"array","items":{"type":"string","pattern":"^a"}}""")]
    [InlineData(nameof(Facets.Sized), """{"type":"object","additionalProperties":{"type":"string"},"minProperties":1,"maxProperties":2}""")]
    [InlineData(nameof(Facets.Formatted), """{"type":"string","format":"uri"}""")]
    [InlineData(nameof(Facets.Unformatted), """{"type":"integer"}""")]
    [InlineData(nameof(Facets.ItemFacts), """{"type":"array","items":{"type":"string","pattern":"^[a-z]+$","minLength":1,"maxLength":63}}""")]
    [InlineData(nameof(Facets.Exemplified), """{"type":"string","example":"ap-south-1"}""")]
    [InlineData(nameof(Facets.AtomicList), """{"type":"array","items":{"type":"string"},"x-kubernetes-list-type":"atomic"}""")]
    [InlineData(nameof(Facets.MapList), """{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]},"x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["name"]}""")]
    [InlineData(nameof(Facets.AtomicMap), """{"type":"object","additionalProperties":{"type":"string"},"x-kubernetes-map-type":"atomic"}""")]
    [InlineData(nameof(Facets.AtomicByType), """{"type":"object","properties":{"name":{"type":"string"}},"x-kubernetes-map-type":"atomic"}""")]
    [InlineData(nameof(Facets.Embedded), """{"type":"object","x-kubernetes-preserve-unknown-fields":true,"x-kubernetes-embedded-resource":true}""")]
    [InlineData(nameof(Facets.Nullable), """{"type":"string","format":"date-time","nullable":true}""")]
    [InlineData(nameof(Facets.Opaque), """{"type":"object","x-kubernetes-preserve-unknown-fields":true,"description":"Not implemented."}""")]
    [InlineData(nameof(Facets.FreeObject), """{"type":"object","properties":{"name":{"type":"string"}},"x-kubernetes-preserve-unknown-fields":true}""")]
    [InlineData(nameof(Facets.OneKey), """{"type":"object","properties":{"name":{"type":"string"}},"minProperties":1,"maxProperties":1}""")]
    public void ForType_SchemaAttribute_EmitsItsFragment(string property, string expected)
    {
        AssertJson(expected, PropertyOf<Facets>(property));
    }

    [Fact]
    public void ForType_CelRules_TypeRulesFirstThenPropertyRules_InOrder_WithEveryField()
    {
        var expected = """
            {"type":"object","properties":{"name":{"type":"string"}},"x-kubernetes-validations":[
              {"rule":"has(self.name)","message":"name is required"},
              {"rule":"self.name != 'x'","messageExpression":"'bad: ' + self.name","reason":"FieldValueInvalid","fieldPath":".name","optionalOldSelf":true},
              {"rule":"size(self.name) < 10"}
            ]}
            """;

        AssertJson(expected, PropertyOf<Facets>(nameof(Facets.Validated)));
    }

    [Fact]
    public void ForType_LabelSelector_HasKubernetesFacts()
    {
        var selector = PropertyOf<Facets>(nameof(Facets.Selector));

        Assert.Equal("atomic", selector["x-kubernetes-map-type"]!.GetValue<string>());
        var requirement = selector["properties"]!["matchExpressions"]!["items"]!;
        AssertJson("""["key","operator"]""", requirement["required"]!);
        Assert.Equal("atomic", selector["properties"]!["matchExpressions"]!["x-kubernetes-list-type"]!.GetValue<string>());
    }

    [Fact]
    public void ForType_FreeFormJsonWithoutPreserveUnknownFields_Throws()
    {
        var error = Assert.Throws<NotSupportedException>(() => new SchemaBuilder().ForType(typeof(Unstructured)));

        Assert.Contains("PreserveUnknownFields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForType_RecursiveType_ThrowsNamingTheCycle()
    {
        var error = Assert.Throws<NotSupportedException>(() => new SchemaBuilder().ForType(typeof(Recursive)));

        Assert.Contains("Recursive -> Recursive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForType_SameTypeTwiceSideBySide_IsNotACycle()
    {
        var properties = new SchemaBuilder().ForType(typeof(Siblings))["properties"]!;

        Assert.True(JsonNode.DeepEquals(properties["left"], properties["right"]));
    }

    [Fact]
    public void ForType_MapKeyedByNonString_Throws()
    {
        Assert.Throws<NotSupportedException>(() => new SchemaBuilder().ForType(typeof(Dictionary<int, string>)));
    }

    internal static JsonNode PropertyOf<T>(string propertyName)
    {
        var property = typeof(T).GetProperty(propertyName)!;
        return new SchemaBuilder().ForType(typeof(T))["properties"]![SchemaBuilder.JsonName(property)]!;
    }

    internal static void AssertJson(string expected, JsonNode actual)
    {
        var want = JsonKeyOrder.Sorted(JsonNode.Parse(expected))!.ToJsonString();
        var got = JsonKeyOrder.Sorted(actual)!.ToJsonString();
        Assert.Equal(want, got);
    }

    private sealed class Scalars
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public long Big { get; set; }

        public bool Flag { get; set; }

        public double Ratio { get; set; }

        public DateTime When { get; set; }

        public DateTimeOffset? WhenOffset { get; set; }

        public byte[]? Bytes { get; set; }

        public int? OptionalCount { get; set; }

        public List<string>? Names { get; set; }

        public Dictionary<string, string>? Labels { get; set; }

        public IDictionary<string, IList<long>>? Nested { get; set; }

        public IntOrString? Port { get; set; }

        [PreserveUnknownFields]
        public JsonElement? Anything { get; set; }

        [PreserveUnknownFields]
        public JsonNode? AnyNode { get; set; }

        [PreserveUnknownFields]
        [AnyJsonValue]
        public JsonElement? AnyValue { get; set; }

        public V1ObjectMeta? Metadata { get; set; }
    }

    private sealed class Naming
    {
        [JsonPropertyName("remoteRef")]
        public string? RemoteReference { get; set; }

        public string? SecretKey { get; set; }
    }

    private sealed class Ignoring
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Kept { get; set; }

        [JsonIgnore]
        public string? Hidden { get; set; }
    }

    private sealed class Requirements
    {
        [Required]
        public string Zulu { get; set; } = "";

        [Required]
        public string? Alpha { get; set; }

        public string Mike { get; set; } = "";
    }

    [Description("How to decode.")]
    private enum Decoding
    {
        Default,
        Unicode,
        [JsonStringEnumMemberName("base64url")]
        Base64Url,
    }

    [EnumValues("a", "b")]
    private enum Renamed
    {
        First,
        Second,
    }

    private sealed class Enums
    {
        public Decoding? Decoding { get; set; }

        public Renamed Renamed { get; set; }

        public List<Decoding>? Many { get; set; }
    }

    [Description("Said on the type.")]
    private sealed class Described;

    private sealed class Named
    {
        [Required]
        public string? Name { get; set; }
    }

    [MapType("atomic")]
    private sealed class AtomicNamed
    {
        public string? Name { get; set; }
    }

    [CelRule("has(self.name)", Message = "name is required")]
    private sealed class RuledNamed
    {
        public string? Name { get; set; }
    }

    [PreserveUnknownFields]
    private sealed class LooseNamed
    {
        public string? Name { get; set; }
    }

    [Bounds(MinProperties = 1, MaxProperties = 1)]
    private sealed class OneOf
    {
        public string? Name { get; set; }
    }

    private sealed class Facets
    {
        [EnumValues("Secret", "ConfigMap")]
        public string? Kind { get; set; }

        [Description("Said on the property.")]
        public string? Described { get; set; }

        public Described? TypeDescribed { get; set; }

        [Description("Said on the property.")]
        public Described? PropertyWins { get; set; }

        [Default("\"1h0m0s\"")]
        public string? Defaulted { get; set; }

        [Default("24")]
        public int DefaultedNumber { get; set; }

        [Default("[\"password\"]")]
        public List<string>? DefaultedList { get; set; }

        [Pattern("^[a-z]+$")]
        [Bounds(MinLength = 1, MaxLength = 253)]
        public string? Patterned { get; set; }

        [Bounds(Minimum = 1, Maximum = 8192)]
        public int Ranged { get; set; }

        [Bounds(Minimum = 0.5, ExclusiveMinimum = true, Maximum = 2, ExclusiveMaximum = true)]
        public double Exclusive { get; set; }

        [Bounds(MinItems = 1, MaxItems = 5, MaxLength = 63)]
        public List<string>? Counted { get; set; }

        [Pattern("^a")]
        public List<string>? PatternedItems { get; set; }

        [Bounds(MinProperties = 1, MaxProperties = 2)]
        public Dictionary<string, string>? Sized { get; set; }

        [Format("uri")]
        public string? Formatted { get; set; }

        [NoFormat]
        public int? Unformatted { get; set; }

        [Items(Pattern = "^[a-z]+$", MinLength = 1, MaxLength = 63)]
        public List<string>? ItemFacts { get; set; }

        [Example("\"ap-south-1\"")]
        public string? Exemplified { get; set; }

        [ListType("atomic")]
        public List<string>? AtomicList { get; set; }

        [ListType("map", "name")]
        public List<Named>? MapList { get; set; }

        [MapType("atomic")]
        public Dictionary<string, string>? AtomicMap { get; set; }

        public AtomicNamed? AtomicByType { get; set; }

        [EmbeddedResource]
        [PreserveUnknownFields]
        public JsonObject? Embedded { get; set; }

        [SchemaNullable]
        public DateTime? Nullable { get; set; }

        [OpaqueProvider]
        [Description("Not implemented.")]
        public Named? Opaque { get; set; }

        public LooseNamed? FreeObject { get; set; }

        public OneOf? OneKey { get; set; }

        [CelRule("size(self.name) < 10", Order = 2)]
        [CelRule("self.name != 'x'", MessageExpression = "'bad: ' + self.name", Reason = "FieldValueInvalid", FieldPath = ".name", OptionalOldSelf = true, Order = 1)]
        public RuledNamed? Validated { get; set; }

        public V1LabelSelector? Selector { get; set; }
    }

    private sealed class Unstructured
    {
        public JsonElement Anything { get; set; }
    }

    private sealed class Recursive
    {
        public Recursive? Child { get; set; }
    }

    private sealed class Siblings
    {
        public Named? Left { get; set; }

        public Named? Right { get; set; }
    }
}
