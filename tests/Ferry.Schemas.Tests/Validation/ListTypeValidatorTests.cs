using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Validation;

public sealed class ListTypeValidatorTests
{
    [Fact]
    public void Validate_SetWithDuplicate_ReportsLaterIndex()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: array\n    x-kubernetes-list-type: set\n    items: {type: string}");

        Assert.Equal(["spec.s[2]: Duplicate value: \"a\""], schema.ValidateSpec("s: [a, b, a]"));
    }

    [Fact]
    public void Validate_LargeSet_FindsTheOneDuplicate()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: array\n    x-kubernetes-list-type: set\n    items: {type: integer}");
        var items = string.Join(", ", Enumerable.Range(0, 50_000).Append(7));

        Assert.Equal(["spec.s[50000]: Duplicate value: 7"], schema.ValidateSpec($"s: [{items}]"));
    }

    [Fact]
    public void Validate_SetWithIntegerAndString_AreDistinct()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: array\n    x-kubernetes-list-type: set\n    items: {x-kubernetes-int-or-string: true}");

        Assert.Empty(schema.ValidateSpec("s: [1, '1']"));
    }

    [Fact]
    public void Validate_AtomicList_AllowsDuplicates()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: array\n    x-kubernetes-list-type: atomic\n    items: {type: string}");

        Assert.Empty(schema.ValidateSpec("s: [a, a]"));
    }

    [Fact]
    public void Validate_MapListWithDuplicateKey_ReportsKeyFields()
    {
        var schema = TestSchemas.WithSpec("""
            type: object
            properties:
              m:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [name, port]
                items:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    port: {type: integer, default: 80}
                    value: {type: string}
            """);

        Assert.Equal(
            ["spec.m[2]: Duplicate value: map[string]interface {}{\"name\":\"a\", \"port\":80}"],
            schema.ValidateSpec("m: [{name: a, port: 80, value: x}, {name: a, port: 81}, {name: a, port: 80, value: w}]"));
    }

    [Fact]
    public void Parse_MapListKeyNeitherRequiredNorDefaulted_IsASchemaError()
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.WithSpec("type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [name]\nitems: {type: object, properties: {name: {type: string}}}"));

        Assert.Equal("openAPIV3Schema.properties[spec].items.required", error.SchemaPath);
    }

    [Fact]
    public void Parse_MapListWithoutKeys_IsASchemaError()
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.WithSpec("type: array\nx-kubernetes-list-type: map\nitems: {type: object, properties: {name: {type: string}}}"));

        Assert.Equal("openAPIV3Schema.properties[spec].x-kubernetes-list-map-keys", error.SchemaPath);
    }
}
