namespace Ferry.Templating.Tests.Functions;

public sealed class DefaultFunctionsTests
{
    [Theory]
    [InlineData("{{ default \"foo\" \"\" }}", "foo")]
    [InlineData("{{ default \"foo\" \"bar\" }}", "bar")]
    [InlineData("{{ default \"foo\" 0 }}", "foo")]
    [InlineData("{{ default \"foo\" false }}", "foo")]
    [InlineData("{{ default \"foo\" (list) }}", "foo")]
    [InlineData("{{ index . \"nope\" | default \"x\" }}", "x")]
    [InlineData("{{ empty \"\" }}{{ empty 0 }}{{ empty (list) }}{{ empty (dict) }}{{ empty nil }}", "truetruetruetruetrue")]
    [InlineData("{{ empty \"a\" }}{{ empty 1 }}{{ empty (list 0) }}", "falsefalsefalse")]
    [InlineData("{{ coalesce 0 \"\" \"x\" \"y\" }}", "x")]
    [InlineData("{{ coalesce 0 \"\" }}", "<no value>")]
    [InlineData("{{ all 1 \"a\" }}{{ all 1 \"\" }}{{ any 0 \"a\" }}{{ any 0 \"\" }}", "truefalsetruefalse")]
    [InlineData("{{ ternary \"a\" \"b\" true }}{{ ternary \"a\" \"b\" false }}", "ab")]
    [InlineData("{{ true | ternary \"a\" \"b\" }}", "a")]
    [InlineData("{{ (fromJson \"{\\\"a\\\":{\\\"b\\\":\\\"c\\\"}}\").a.b }}", "c")]
    [InlineData("{{ (fromJson \"{\\\"n\\\":1000000}\").n }}", "1e+06")]
    [InlineData("{{ printf \"%d\" (fromJson \"{\\\"n\\\":5432}\").n }}", "%!d(float64=5432)")]
    [InlineData("{{ fromJson \"not json\" }}", "<no value>")]
    [InlineData("{{ fromJson \"[1,\\\"a\\\",null,true]\" }}", "[1 a <nil> true]")]
    [InlineData("{{ toJson (dict \"b\" 1 \"a\" \"<x&y>\") }}", "{\"a\":\"\\u003cx\\u0026y\\u003e\",\"b\":1}")]
    [InlineData("{{ toRawJson (dict \"a\" \"<x>\") }}", "{\"a\":\"<x>\"}")]
    [InlineData("{{ toPrettyJson (dict \"a\" 1 \"b\" (list 1 2)) }}", "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ]\n}")]
    [InlineData("{{ toJson (fromJson \"{\\\"n\\\":1000000,\\\"f\\\":1.5e-7}\") }}", "{\"f\":1.5e-7,\"n\":1000000}")]
    [InlineData("{{ toJson \"a\\tb\\u2028\" }}", "\"a\\tb\\u2028\"")]
    [InlineData("{{ toJson nil }}", "null")]
    [InlineData("{{ toJson 1i }}", "")]
    [InlineData("{{ typeOf 5 }} {{ typeOf \"s\" }} {{ typeOf (list) }} {{ typeOf (dict) }} {{ typeOf (add 1 1) }}", "int string []interface {} map[string]interface {} int64")]
    [InlineData("{{ kindOf (list) }} {{ kindOf (dict) }} {{ kindIs \"int\" 5 }}", "slice map true")]
    [InlineData("{{ typeIs \"string\" \"x\" }}", "true")]
    [InlineData("{{ deepEqual (list 1 (dict \"a\" 2)) (list 1 (dict \"a\" 2)) }}", "true")]
    [InlineData("{{ $d := dict \"a\" (list 1) }}{{ $c := deepCopy $d }}{{ $_ := set $c \"a\" 2 }}{{ $d.a }}", "[1]")]
    public void Render_DefaultFunction_MatchesSprig(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ fail \"boom\" }}", "error calling fail: boom")]
    [InlineData("{{ mustFromJson \"bad\" }}", "error calling mustFromJson: invalid character 'b' looking for beginning of value")]
    [InlineData("{{ mustFromJson \"{\\\"a\\\":\" }}", "error calling mustFromJson: unexpected end of JSON input")]
    [InlineData("{{ mustFromJson \"[1,]\" }}", "error calling mustFromJson: invalid character ']' looking for beginning of value")]
    [InlineData("{{ mustFromJson \"{\\\"a\\\" 1}\" }}", "error calling mustFromJson: invalid character '1' after object key")]
    [InlineData("{{ mustFromJson \"1 2\" }}", "error calling mustFromJson: invalid character '2' after top-level value")]
    [InlineData("{{ mustToJson 1i }}", "error calling mustToJson: json: unsupported type: complex128")]
    public void Render_MustVariant_ReportsTheError(string template, string expected) =>
        Assert.EndsWith(expected, EsoTemplates.Error(template));
}
