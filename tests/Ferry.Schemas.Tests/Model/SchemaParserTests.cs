using System.Text.Json.Nodes;
using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Model;

public sealed class SchemaParserTests
{
    [Theory]
    [InlineData("type: object\nproperties:\n  a: {description: x}", "openAPIV3Schema.properties[spec].properties[a].type: Required value: must not be empty for specified object fields")]
    [InlineData("type: object\nproperties:\n  a: {type: string}\nadditionalProperties: {type: string}", "openAPIV3Schema.properties[spec].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive")]
    [InlineData("type: object\nadditionalProperties: false", "openAPIV3Schema.properties[spec].additionalProperties: Forbidden: additionalProperties cannot be set to false")]
    [InlineData("type: object\n$ref: '#/x'", "openAPIV3Schema.properties[spec].$ref: Forbidden: $ref is not supported")]
    [InlineData("type: array\nitems: {type: string}\nuniqueItems: true", "openAPIV3Schema.properties[spec].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic")]
    [InlineData("type: string\nanyOf: [{type: string}]", "openAPIV3Schema.properties[spec].anyOf[0].type: Forbidden: must be empty to be structural")]
    [InlineData("type: string\nallOf: [{default: a}]", "openAPIV3Schema.properties[spec].allOf[0].default: Forbidden: must be undefined to be structural")]
    [InlineData("type: string\npattern: '(?=a)'", "openAPIV3Schema.properties[spec].pattern: Invalid value: \"(?=a)\": must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax: `(?=`")]
    [InlineData("type: string\npattern: '(a)\\1'", "openAPIV3Schema.properties[spec].pattern: Invalid value: \"(a)\\\\1\": must be a valid regular expression, but isn't: error parsing regexp: invalid escape sequence: `\\1`")]
    [InlineData("type: string\npattern: 'a**'", "openAPIV3Schema.properties[spec].pattern: Invalid value: \"a**\": must be a valid regular expression, but isn't: error parsing regexp: invalid nested repetition operator: `**`")]
    [InlineData("type: strin", "openAPIV3Schema.properties[spec].type: Unsupported value: \"strin\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"")]
    public void Parse_NonStructural_ThrowsNamingThePath(string spec, string expected)
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.WithSpec(spec));

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("type: object\nproperties:\n  a: {type: integer, default: x}", "openAPIV3Schema.properties[spec].properties[a].default: Invalid value: \"string\": openAPIV3Schema.properties[spec].properties[a].default in body must be of type integer: \"string\"")]
    [InlineData("type: object\nproperties:\n  a: {type: object, default: {b: 1}}", "openAPIV3Schema.properties[spec].properties[a].default: Invalid value: map[string]interface {}{\"b\":1}: must not have unknown fields, got b")]
    [InlineData("type: object\nproperties:\n  a: {type: string, default: null}", "openAPIV3Schema.properties[spec].properties[a].default: Invalid value: \"null\": must not be null for non-nullable schemas")]
    [InlineData("type: object\nproperties:\n  a: {type: object, default: {}, required: [b], properties: {b: {type: string}}}", "openAPIV3Schema.properties[spec].properties[a].default.b: Required value")]
    public void Parse_InvalidDefault_IsASchemaError(string spec, string expected)
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.WithSpec(spec));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Parse_RootMetadataBeyondName_IsForbidden()
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.Parse("type: object\nproperties:\n  metadata:\n    type: object\n    properties:\n      labels: {type: object}"));

        Assert.Equal("openAPIV3Schema.properties[metadata].properties[labels]", error.SchemaPath);
    }

    [Fact]
    public void Parse_DeeplyNestedSchema_StopsAtDepthLimit()
    {
        var schema = new JsonObject { ["type"] = "object" };
        for (var i = 0; i < 200; i++)
        {
            schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = schema } };
        }

        var error = Assert.Throws<SchemaFormatException>(() => StructuralSchema.Parse(schema));

        Assert.Contains("schema nesting deeper than", error.Message);
    }
}
