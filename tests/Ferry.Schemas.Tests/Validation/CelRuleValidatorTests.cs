using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Validation;

public sealed class CelRuleValidatorTests
{
    private static StructuralSchema WithRule(string rule, string extra = "") => TestSchemas.WithSpec($$"""
        type: object
        properties:
          a: {type: string}
          b: {type: string}
          num: {type: integer}
          items:
            type: array
            items: {type: string}
          labels:
            type: object
            additionalProperties:
              type: object
              x-kubernetes-validations: [{rule: "has(self.v)", message: "v is required"}]
              properties:
                v: {type: string}
        x-kubernetes-validations:
        - rule: "{{rule}}"
        {{extra}}
        """);

    [Fact]
    public void Validate_FailingRuleWithMessage_ReportsInvalidWithType()
    {
        var schema = WithRule("has(self.a) != has(self.b)", "  message: exactly one of a or b must be set");

        Assert.Empty(schema.ValidateSpec("a: x"));
        Assert.Equal(["spec: Invalid value: \"object\": exactly one of a or b must be set"], schema.ValidateSpec("{a: x, b: z}"));
    }

    [Fact]
    public void Validate_FailingRuleWithoutMessage_SaysFailedRule()
    {
        var schema = WithRule("self.num > 1");

        Assert.Equal(["spec: Invalid value: \"object\": failed rule: self.num > 1"], schema.ValidateSpec("num: 0"));
    }

    [Fact]
    public void Validate_MessageExpression_RendersMessage()
    {
        var schema = WithRule("self.num > 1", "  messageExpression: \"'n is ' + string(self.num)\"");

        Assert.Equal(["spec: Invalid value: \"object\": n is 0"], schema.ValidateSpec("num: 0"));
    }

    [Theory]
    [InlineData("FieldValueForbidden", "spec.a: Forbidden: bad")]
    [InlineData("FieldValueRequired", "spec.a: Required value: bad")]
    [InlineData("FieldValueDuplicate", "spec.a: Duplicate value: \"object\"")]
    [InlineData("FieldValueInvalid", "spec.a: Invalid value: \"object\": bad")]
    public void Validate_ReasonAndFieldPath_ShapeTheError(string reason, string expected)
    {
        var schema = WithRule("self.num > 1", $"  message: bad\n  reason: {reason}\n  fieldPath: .a");

        Assert.Equal([expected], schema.ValidateSpec("num: 0"));
    }

    [Fact]
    public void Validate_RuntimeError_ReportsEvaluatingRule()
    {
        var schema = WithRule("self.a == 'x'", "  message: a must be x");

        Assert.Equal(["spec: Invalid value: \"object\": no such key: a evaluating rule: a must be x"], schema.ValidateSpec("num: 1"));
    }

    [Fact]
    public void Validate_RuleOnMapValue_UsesBracketedKeyPath()
    {
        var schema = WithRule("true");

        Assert.Equal(["spec.labels[team]: Invalid value: \"object\": v is required"], schema.ValidateSpec("labels: {app: {v: a}, team: {}}"));
    }

    [Fact]
    public void Validate_TransitionRule_RunsOnlyOnUpdate()
    {
        var schema = WithRule("self.a == oldSelf.a", "  message: a is immutable");

        Assert.Empty(schema.ValidateSpec("a: z"));
        Assert.Empty(schema.ValidateSpec("a: z", "a: z"));
        Assert.Equal(["spec: Invalid value: \"object\": a is immutable"], schema.ValidateSpec("a: z", "a: x"));
    }

    [Fact]
    public void Validate_UnchangedInvalidValueOnUpdate_IsRatcheted()
    {
        var schema = WithRule("true");

        Assert.Empty(schema.ValidateSpec("labels: {team: {}, app: {v: b}}", "labels: {team: {}, app: {v: a}}"));
        Assert.Equal(
            ["spec.labels[team]: Invalid value: \"object\": v is required"],
            schema.ValidateSpec("labels: {team: {}, app: {v: b}}", "labels: {team: {v: a}, app: {v: a}}"));
    }

    [Fact]
    public void Validate_OptionalOldSelf_RunsOnCreateWithNoValue()
    {
        var schema = WithRule("!oldSelf.hasValue() || oldSelf.value().num <= self.num", "  optionalOldSelf: true\n  message: n may only grow");

        Assert.Empty(schema.ValidateSpec("num: 1"));
        Assert.Equal(["spec: Invalid value: \"object\": n may only grow"], schema.ValidateSpec("num: 1", "num: 2"));
    }

    [Fact]
    public void Validate_ExpensiveRule_StopsAtPerCallLimit()
    {
        var schema = WithRule("self.items.all(a, self.items.all(b, self.items.all(c, a + b + c != '')))", "  message: too slow");
        var items = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"i{i}"));

        var errors = schema.ValidateSpec($"items: [{items}]");

        Assert.Equal(["spec: Invalid value: \"object\": operation cancelled: actual cost limit exceeded: call cost exceeds limit for rule: too slow"], errors);
    }

    [Fact]
    public void Parse_BrokenRule_IsASchemaErrorNamingTheRule()
    {
        var error = Assert.Throws<SchemaFormatException>(() => WithRule("self.nope == 1"));

        Assert.Equal("openAPIV3Schema.properties[spec].x-kubernetes-validations[0].rule", error.SchemaPath);
        Assert.Contains("compilation failed: ERROR: <input>:1:5: undefined field 'nope'", error.Message);
    }

    [Fact]
    public void Parse_TransitionRuleUnderAtomicList_IsForbidden()
    {
        var error = Assert.Throws<SchemaFormatException>(() => TestSchemas.WithSpec("""
            type: array
            items:
              type: string
              x-kubernetes-validations: [{rule: "self == oldSelf"}]
            """));

        Assert.Equal(
            "openAPIV3Schema.properties[spec].items.x-kubernetes-validations[0].rule: Forbidden: oldSelf cannot be used on the uncorrelatable portion of the schema within openAPIV3Schema.properties[spec]",
            error.Message);
    }

    [Fact]
    public void Validate_TransitionRuleUnderMapList_CorrelatesItemsByKey()
    {
        var schema = TestSchemas.WithSpec("""
            type: object
            properties:
              ports:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [name]
                items:
                  type: object
                  required: [name]
                  x-kubernetes-validations: [{rule: "self.port == oldSelf.port", message: port is immutable}]
                  properties:
                    name: {type: string}
                    port: {type: integer}
            """);

        Assert.Empty(schema.ValidateSpec("ports: [{name: b, port: 2}, {name: a, port: 1}]", "ports: [{name: a, port: 1}]"));
        Assert.Equal(
            ["spec.ports[1]: Invalid value: \"object\": port is immutable"],
            schema.ValidateSpec("ports: [{name: b, port: 2}, {name: a, port: 9}]", "ports: [{name: a, port: 1}]"));
    }

    [Fact]
    public void Validate_SetAndMapLists_UseListTypeSemanticsInCel()
    {
        var schema = TestSchemas.WithSpec("""
            type: object
            x-kubernetes-validations:
            - rule: "self.tags == ['b', 'a'] && self.tags + ['a', 'c'] == ['a', 'b', 'c']"
              message: set semantics
            - rule: "(self.ports + [{'name': 'a', 'port': 9}]).map(p, p.port) == [9, 2]"
              message: map semantics
            properties:
              tags:
                type: array
                x-kubernetes-list-type: set
                items: {type: string}
              ports:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [name]
                items:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    port: {type: integer}
            """);

        Assert.Empty(schema.ValidateSpec("{tags: [a, b], ports: [{name: a, port: 1}, {name: b, port: 2}]}"));
    }

    [Fact]
    public void Parse_NonBooleanRule_IsASchemaError()
    {
        var error = Assert.Throws<SchemaFormatException>(() => WithRule("self.num + 1"));

        Assert.EndsWith("cel expression must evaluate to a bool", error.Message);
    }
}
