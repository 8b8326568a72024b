using Ferry.Templating.Eso;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests.Eso;

public sealed class KeysAndValuesOutputTests
{
    /// <summary>One-pair outputs and the key and value ESO (go-yaml v2 + sigs.k8s.io/yaml into map[string]string) keeps.</summary>
    public static TheoryData<string, string, string> SinglePairs => new()
    {
        { "port: 5432", "port", "5432" },
        { "num: -17", "num", "-17" },
        { "num: +17", "num", "17" },
        { "num: 0", "num", "0" },
        { "mode: 0777", "mode", "511" },
        { "mode: 0o17", "mode", "15" },
        { "num: 09", "num", "9" },
        { "num: 0x1F", "num", "31" },
        { "num: -0x1F", "num", "-31" },
        { "num: 0b101", "num", "5" },
        { "num: 1_000", "num", "1000" },
        { "num: 9223372036854775807", "num", "9223372036854775807" },
        { "num: -9223372036854775808", "num", "-9223372036854775808" },
        { "num: 18446744073709551615", "num", "18446744073709551615" },
        { "num: 18446744073709551616", "num", "1.8446744e+19" },
        { "num: 0x1FFFFFFFFFFFFFFFF", "num", "0x1FFFFFFFFFFFFFFFF" },
        { "f: 1.5", "f", "1.5" },
        { "f: 1.0", "f", "1" },
        { "f: 1.", "f", "1" },
        { "f: 100000000.0", "f", "1e+08" },
        { "f: 1e3", "f", "1000" },
        { "f: 0.1", "f", "0.1" },
        { "f: .5", "f", "0.5" },
        { "f: -0.0", "f", "-0" },
        { "f: 0.0001", "f", "0.0001" },
        { "f: 0.00001", "f", "1e-05" },
        { "f: 123456.0", "f", "123456" },
        { "f: 1234567.0", "f", "1.234567e+06" },
        { "f: 3.14159265358979", "f", "3.1415927" },
        { "f: 1e39", "f", "+Inf" },
        { "f: 1e400", "f", "1e400" },
        { "f: .inf", "f", "+Inf" },
        { "f: -.Inf", "f", "-Inf" },
        { "f: .NaN", "f", "NaN" },
        { "b: true", "b", "true" },
        { "b: False", "b", "false" },
        { "b: yes", "b", "true" },
        { "b: No", "b", "false" },
        { "b: on", "b", "true" },
        { "b: OFF", "b", "false" },
        { "b: y", "b", "true" },
        { "b: n", "b", "false" },
        { "b: tRUE", "b", "tRUE" },
        { "b: yess", "b", "yess" },
        { "v:", "v", "" },
        { "v: ~", "v", "" },
        { "v: null", "v", "" },
        { "v: NULL", "v", "" },
        { "v: \"5432\"", "v", "5432" },
        { "v: 'yes'", "v", "yes" },
        { "v: \"null\"", "v", "null" },
        { "v: ''", "v", "" },
        { "v: !!str 0x1F", "v", "0x1F" },
        { "v: !!float 1", "v", "1" },
        { "v: !!int \"7\"", "v", "7" },
        { "v: !custom 12", "v", "12" },
        { "v: !!binary aGk=", "v", "hi" },
        { "v: 2001-12-14", "v", "2001-12-14" },
        { "v: 1.2.3", "v", "1.2.3" },
        { "v: |\n  line one\n  line two\n", "v", "line one\nline two\n" },
        { "v: |-\n  line one\n  line two\n", "v", "line one\nline two" },
        { "v: >\n  folded\n  text\n", "v", "folded text\n" },
        { "v: |\n  123\n", "v", "123\n" },
        { "1: a", "1", "a" },
        { "0x10: a", "16", "a" },
        { "yes: a", "true", "a" },
        { "n: a", "false", "a" },
        { "Y: a", "true", "a" },
        { "off: a", "false", "a" },
        { "1.5: a", "1.5", "a" },
        { "1.0: a", "1", "a" },
        { ".inf: a", ".inf", "a" },
        { "-.inf: a", "-.inf", "a" },
        { ".nan: a", ".nan", "a" },
        { "\"1\": a", "1", "a" },
        { "'true': a", "true", "a" },
    };

    [Theory]
    [MemberData(nameof(SinglePairs))]
    public void ParseYaml_OnePair_KeepsWhatEsoKeeps(string output, string key, string value)
    {
        var pairs = KeysAndValuesOutput.ParseYaml(GoString.FromUtf8(output));
        Assert.Equal([$"{key}={value}"], Describe(pairs));
    }

    [Theory]
    [MemberData(nameof(SinglePairs))]
    public void Parse_OnePair_SimplePathAgreesWithTheYamlPath(string output, string key, string value)
    {
        var simple = SimpleKeysAndValues.TryParse(output);
        if (simple is not null)
        {
            Assert.Equal([$"{key}={value}"], Describe(simple));
        }

        Assert.Equal([$"{key}={value}"], Describe(KeysAndValuesOutput.Parse(GoString.FromUtf8(output))));
    }

    [Theory]
    [InlineData("a: b\na: c", "a=c")]
    [InlineData("a: b\nk: v\na: c", "a=c|k=v")]
    [InlineData("yes: a\ntrue: b", "true=b")]
    [InlineData("1: a\n\"1\": b", "1=b")]
    [InlineData("a: &x 5\nb: *x", "a=5|b=5")]
    [InlineData("a: 1\n---\na: 2\nb: 3", "a=1")]
    [InlineData("port: 5432\nhost: db\nenabled: on\nratio: 0.25\nempty:", "port=5432|host=db|enabled=true|ratio=0.25|empty=")]
    public void Parse_SeveralPairs_LaterDuplicateWins(string output, string expected)
    {
        Assert.Equal(expected, string.Join("|", Describe(KeysAndValuesOutput.ParseYaml(GoString.FromUtf8(output)))));
        Assert.Equal(expected, string.Join("|", Describe(KeysAndValuesOutput.Parse(GoString.FromUtf8(output)))));
    }

    [Theory]
    [InlineData("a:\n  b: secret-value", "json: cannot unmarshal object into Go value of type string")]
    [InlineData("a: {b: secret-value}", "json: cannot unmarshal object into Go value of type string")]
    [InlineData("a:\n- secret-value", "json: cannot unmarshal array into Go value of type string")]
    [InlineData("a: [secret-value]", "json: cannot unmarshal array into Go value of type string")]
    public void Parse_NestedValue_FailsWithoutTheValue(string output, string goError)
    {
        var error = Assert.Throws<SecretTemplateException>(() => KeysAndValuesOutput.Parse(GoString.FromUtf8(output)));
        Assert.Equal($"the KeysAndValues template output has a non-string value at key a: {goError}", error.Message);
        Assert.DoesNotContain("secret-value", error.Message);
    }

    [Theory]
    [InlineData("~: secret-value", "null")]
    [InlineData("null: secret-value", "null")]
    [InlineData("18446744073709551615: secret-value", "uint64")]
    public void Parse_UnsupportedKey_FailsWithoutTheValue(string output, string keyType)
    {
        var error = Assert.Throws<SecretTemplateException>(() => KeysAndValuesOutput.Parse(GoString.FromUtf8(output)));
        Assert.Equal($"the KeysAndValues template output has an unsupported map key of type {keyType}", error.Message);
    }

    [Theory]
    [InlineData("a: !!int secret-value")]
    [InlineData("a: !!bool secret-value")]
    public void Parse_ValueNotMatchingItsTag_FailsWithoutTheValue(string output)
    {
        var error = Assert.Throws<SecretTemplateException>(() => KeysAndValuesOutput.Parse(GoString.FromUtf8(output)));
        Assert.DoesNotContain("secret-value", error.Message);
        Assert.StartsWith("the KeysAndValues template output has a value at key a that is not a valid !!", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("~")]
    public void Parse_EmptyOutput_GivesNoPairs(string output) =>
        Assert.Empty(KeysAndValuesOutput.Parse(GoString.FromUtf8(output)));

    private static string[] Describe(List<KeyValuePair<string, GoString>> pairs) =>
        [.. pairs.Select(p => p.Key + "=" + p.Value.ToUtf8String())];
}
