using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Validation;

public sealed class OpenApiValidatorTests
{
    [Theory]
    [InlineData("string", "x: 1", "spec.x: Invalid value: \"integer\": spec.x in body must be of type string: \"integer\"")]
    [InlineData("integer", "x: '1'", "spec.x: Invalid value: \"string\": spec.x in body must be of type integer: \"string\"")]
    [InlineData("integer", "x: 1.5", "spec.x: Invalid value: \"number\": spec.x in body must be of type integer: \"number\"")]
    [InlineData("number", "x: true", "spec.x: Invalid value: \"boolean\": spec.x in body must be of type number: \"boolean\"")]
    [InlineData("boolean", "x: [1]", "spec.x: Invalid value: \"array\": spec.x in body must be of type boolean: \"array\"")]
    [InlineData("array", "x: {a: 1}", "spec.x: Invalid value: \"object\": spec.x in body must be of type array: \"object\"")]
    [InlineData("object", "x: null", "spec.x: Invalid value: \"null\": spec.x in body must be of type object: \"null\"")]
    public void Validate_WrongType_ReportsMustBeOfType(string type, string spec, string expected)
    {
        var items = type == "array" ? "\n    items: {type: string}" : string.Empty;
        var schema = TestSchemas.WithSpec($"type: object\nproperties:\n  x:\n    type: {type}{items}");

        Assert.Equal([expected], schema.ValidateSpec(spec));
    }

    [Fact]
    public void Validate_NumberAcceptsInteger_AndNullableAcceptsNull()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  num: {type: number}\n  s: {type: string, nullable: true}");

        Assert.Empty(schema.ValidateSpec("num: 3\ns: null"));
    }

    [Fact]
    public void Validate_Enum_ReportsUnsupportedValue()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  creationPolicy:\n    type: string\n    enum: [Owner, Orphan, Merge, None]");

        Assert.Equal(
            ["spec.creationPolicy: Unsupported value: \"Foo\": supported values: \"Owner\", \"Orphan\", \"Merge\", \"None\""],
            schema.ValidateSpec("creationPolicy: Foo"));
    }

    [Fact]
    public void Validate_IntegerEnum_PrintsJsonValues()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  num: {type: integer, enum: [1, 2]}");

        Assert.Equal(["spec.num: Unsupported value: 3: supported values: \"1\", \"2\""], schema.ValidateSpec("num: 3"));
    }

    [Fact]
    public void Validate_Required_ReportsRequiredValue()
    {
        var schema = TestSchemas.WithSpec("type: object\nrequired: [secretKey, remoteRef]\nproperties:\n  secretKey: {type: string}\n  remoteRef: {type: object}");

        Assert.Equal(["spec.secretKey: Required value", "spec.remoteRef: Required value"], schema.ValidateSpec("{}"));
    }

    [Fact]
    public void Validate_RequiredInsideArrayItems_UsesIndexedPath()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  data:\n    type: array\n    items:\n      type: object\n      required: [secretKey]\n      properties:\n        secretKey: {type: string}");

        Assert.Equal(["spec.data[1].secretKey: Required value"], schema.ValidateSpec("data: [{secretKey: a}, {}]"));
    }

    [Fact]
    public void Validate_MaxLength_CountsCharactersNotBytes()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s: {type: string, maxLength: 3}");

        Assert.Empty(schema.ValidateSpec("s: héé"));
        Assert.Equal(["spec.s: Too long: may not be more than 3 bytes"], schema.ValidateSpec("s: abcd"));
    }

    [Fact]
    public void Validate_MinLength_ReportsCharsLong()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s: {type: string, minLength: 2}");

        Assert.Equal(["spec.s: Invalid value: \"a\": spec.s in body should be at least 2 chars long"], schema.ValidateSpec("s: a"));
    }

    [Fact]
    public void Validate_Pattern_ReportsShouldMatch()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  key:\n    type: string\n    pattern: ^[-._a-zA-Z0-9]+$");

        Assert.Empty(schema.ValidateSpec("key: tls.crt"));
        Assert.Equal(["spec.key: Invalid value: \"a b\": spec.key in body should match '^[-._a-zA-Z0-9]+$'"], schema.ValidateSpec("key: a b"));
    }

    [Fact]
    public void Validate_PatternDollar_DoesNotMatchBeforeTrailingNewline()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s: {type: string, pattern: '^a$'}");

        Assert.Single(schema.ValidateSpec("s: \"a\\n\""));
    }

    [Theory]
    [InlineData("num: 12", "spec.num: Invalid value: 12: spec.num in body should be less than or equal to 10")]
    [InlineData("num: -2", "spec.num: Invalid value: -2: spec.num in body should be greater than or equal to 0")]
    [InlineData("num: 3", "spec.num: Invalid value: 3: spec.num in body should be a multiple of 2")]
    public void Validate_NumericLimits_ReportKubeOpenApiText(string spec, string expected)
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  num: {type: integer, minimum: 0, maximum: 10, multipleOf: 2}");

        Assert.Equal([expected], schema.ValidateSpec(spec));
    }

    [Fact]
    public void Validate_Int32Format_ChecksTheRange()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  num: {type: integer, format: int32}\n  big: {type: integer, format: int64}");

        Assert.Empty(schema.ValidateSpec("{num: 2147483647, big: 2147483648}"));
        Assert.Equal(
            ["spec.num: Invalid value: \"\": Checked value must be of type integer with format int32 in spec.num"],
            schema.ValidateSpec("num: 2147483648"));
    }

    [Fact]
    public void Validate_ExclusiveLimits_ReportStrictBounds()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  num: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1.5, exclusiveMaximum: true}");

        Assert.Equal(["spec.num: Invalid value: 0: spec.num in body should be greater than 0"], schema.ValidateSpec("num: 0"));
        Assert.Equal(["spec.num: Invalid value: 1.5: spec.num in body should be less than 1.5"], schema.ValidateSpec("num: 1.5"));
    }

    [Fact]
    public void Validate_ItemLimits_ReportTooManyAndAtLeast()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  l:\n    type: array\n    minItems: 1\n    maxItems: 2\n    items: {type: string}");

        Assert.Equal(["spec.l: Too many: 3: must have at most 2 items"], schema.ValidateSpec("l: [a, b, c]"));
        Assert.Equal(["spec.l: Invalid value: 0: spec.l in body should have at least 1 items"], schema.ValidateSpec("l: []"));
    }

    [Fact]
    public void Validate_PropertyLimits_ReportTooManyAndAtLeast()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  m:\n    type: object\n    minProperties: 1\n    maxProperties: 1\n    additionalProperties: {type: string}");

        Assert.Equal(["spec.m: Too many: 2: must have at most 1 item"], schema.ValidateSpec("m: {a: x, b: z}"));
        Assert.Equal(["spec.m: Invalid value: 0: spec.m in body should have at least 1 properties"], schema.ValidateSpec("m: {}"));
    }

    [Fact]
    public void Validate_AdditionalPropertiesSchema_ChecksEveryValueWithDottedPath()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  labels:\n    type: object\n    additionalProperties: {type: string}");

        Assert.Equal(["spec.labels.team: Invalid value: \"integer\": spec.labels.team in body must be of type string: \"integer\""], schema.ValidateSpec("labels: {app: a, team: 1}"));
    }

    [Theory]
    [InlineData("date-time", "2024-01-02T03:04:05Z", true)]
    [InlineData("date-time", "2024-01-02T03:04:05.123+02:00", true)]
    [InlineData("date-time", "yesterday", false)]
    [InlineData("date-time", "2024-01-02t03:04", true)]
    [InlineData("date-time", "2024-01-02 03:04:05Z", false)]
    [InlineData("uri", "https://example.com/a", true)]
    [InlineData("uri", "/just/a/path", true)]
    [InlineData("uri", "not a uri", false)]
    [InlineData("date-time", "2024-13-02T03:04:05Z", false)]
    [InlineData("byte", "aGVsbG8=", true)]
    [InlineData("byte", "not base64!", false)]
    [InlineData("int32", "anything", true)]
    [InlineData("uuid", "123e4567-e89b-12d3-a456-426614174000", true)]
    [InlineData("uuid", "123", false)]
    [InlineData("ipv4", "10.0.0.1", true)]
    [InlineData("ipv4", "10.0.0", false)]
    [InlineData("hostname", "example.com", true)]
    [InlineData("hostname", "-bad-", false)]
    public void Validate_Format_ChecksKnownStringFormats(string format, string value, bool valid)
    {
        var schema = TestSchemas.WithSpec($"type: object\nproperties:\n  v: {{type: string, format: {format}}}");

        var errors = schema.ValidateSpec($"v: '{value}'");

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal([$"spec.v: Invalid value: \"{value}\": spec.v in body must be of type {format}: \"{value}\""], errors);
        }
    }

    [Fact]
    public void Validate_IntOrString_AcceptsBothAndRejectsOthers()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  v:\n    x-kubernetes-int-or-string: true\n    anyOf: [{type: integer}, {type: string}]");

        Assert.Empty(schema.ValidateSpec("v: 5"));
        Assert.Empty(schema.ValidateSpec("v: 5m"));
        Assert.Equal(
            [
                "spec.v: Invalid value: \"\": spec.v in body must validate at least one schema (anyOf)",
                "spec.v: Invalid value: \"boolean\": spec.v in body must be of type integer: \"boolean\"",
            ],
            schema.ValidateSpec("v: true"));
    }

    [Fact]
    public void Validate_OneOfAndNot_ReportComposites()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: string\n    oneOf: [{pattern: '^a'}, {pattern: 'b$'}]\n    not: {pattern: '^ab$'}");

        Assert.Empty(schema.ValidateSpec("s: ax"));
        Assert.Contains("spec.s: Invalid value: \"\": spec.s in body must validate one and only one schema (oneOf)", schema.ValidateSpec("s: acb"));
        Assert.Contains("spec.s: Invalid value: \"\": spec.s in body must not validate the schema (not)", schema.ValidateSpec("s: ab"));
    }

    [Fact]
    public void Validate_AllOf_MergesFailuresOfEverySubschema()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  s:\n    type: string\n    allOf: [{minLength: 2}, {pattern: '^z'}]");

        Assert.Equal(
            [
                "spec.s: Invalid value: \"\": spec.s in body must validate all the schemas (allOf). None validated",
                "spec.s: Invalid value: \"a\": spec.s in body should be at least 2 chars long",
                "spec.s: Invalid value: \"a\": spec.s in body should match '^z'",
            ],
            schema.ValidateSpec("s: a"));
    }

    [Fact]
    public void Validate_UpdateKeepingAnInvalidField_RatchetsItButChecksChangedOnes()
    {
        var schema = TestSchemas.WithSpec("type: object\nproperties:\n  a: {type: string, maxLength: 2}\n  b: {type: string, maxLength: 2}");

        Assert.Equal(["spec.b: Too long: may not be more than 2 bytes"], schema.ValidateSpec("{a: long, b: long}", "{a: long, b: ok}"));
    }

    [Fact]
    public void Validate_TypeErrorWithRules_SkipsCelAndSaysSo()
    {
        var schema = TestSchemas.WithSpec("type: object\nx-kubernetes-validations: [{rule: 'self.num > 0'}]\nproperties:\n  num: {type: integer}");

        Assert.Equal(
            [
                "spec.num: Invalid value: \"string\": spec.num in body must be of type integer: \"string\"",
                "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation",
            ],
            schema.ValidateSpec("num: x"));
    }
}
