using Ferry.Templating.Execution;
using Ferry.Templating.Functions;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Templating.Tests.Functions;

public sealed class MoreSprigFunctionsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private static string RenderAt(string template)
    {
        var options = new TemplateOptions
        {
            Functions = EsoFunctions.Create(Clock),
            Execution = new ExecutionSettings { MissingKey = MissingKeyOption.Error },
        };
        return GoTemplate.Parse("k", template, options).Execute(EsoTemplates.Data()).ToUtf8String();
    }

    [Theory]
    [InlineData("{{ now | date \"2006-01-02T15:04:05Z07:00\" }}", "2026-01-02T03:04:05Z")]
    [InlineData("{{ now | date \"Mon Jan _2 3:04PM 2006\" }}", "Fri Jan  2 3:04AM 2026")]
    [InlineData("{{ htmlDate now }}", "2026-01-02")]
    [InlineData("{{ now.Year }} {{ now.Unix }}", "2026 1767323045")]
    [InlineData("{{ now | unixEpoch }}", "1767323045")]
    [InlineData("{{ date \"2006-01-02\" 0 }}", "1970-01-01")]
    [InlineData("{{ toDate \"2006-01-02\" \"2024-03-04\" | date \"Jan 2, 2006\" }}", "Mar 4, 2024")]
    [InlineData("{{ duration 95 }} {{ duration 3600 }} {{ duration 0 }}", "1m35s 1h0m0s 0s")]
    [InlineData("{{ now | dateModify \"-1h30m\" | date \"15:04\" }}", "01:34")]
    [InlineData("{{ ago (now | dateModify \"-90s\") }}", "1m30s")]
    [InlineData("{{ now }}", "2026-01-02 03:04:05 +0000 UTC")]
    [InlineData("{{ durationRound \"2h10m\" }} {{ durationRound \"90s\" }} {{ durationRound \"800h\" }} {{ durationRound (now | dateModify \"-50h\") }}", "2h 1m 1mo 2d")]
    public void Render_DateFunction_UsesGoLayouts(string template, string expected) =>
        Assert.Equal(expected, RenderAt(template));

    [Theory]
    [InlineData("{{ $u := urlParse \"https://user@host.com:8080/p/a?q=1#frag\" }}{{ $u.scheme }}|{{ $u.host }}|{{ $u.hostname }}|{{ $u.path }}|{{ $u.query }}|{{ $u.fragment }}|{{ $u.userinfo }}",
        "https|host.com:8080|host.com|/p/a|q=1|frag|user")]
    [InlineData("{{ urlJoin (dict \"scheme\" \"https\" \"host\" \"h.com\" \"path\" \"/x\" \"query\" \"a=b\") }}", "https://h.com/x?a=b")]
    [InlineData("{{ snakecase \"FirstName\" }} {{ snakecase \"HTTPServer\" }} {{ kebabcase \"FirstName\" }}", "first_name http_server first-name")]
    [InlineData("{{ camelcase \"http_server\" }} {{ camelcase \"some words\" }}", "HttpServer SomeWords")]
    [InlineData("{{ randAlphaNum 12 | len }} {{ randNumeric 5 | regexMatch \"^[0-9]{5}$\" }} {{ randAlpha 4 | regexMatch \"^[a-zA-Z]{4}$\" }}", "12 true true")]
    [InlineData("{{ uuidv4 | regexMatch \"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$\" }}", "true")]
    [InlineData("{{ shuffle \"abcdef\" | len }}", "6")]
    [InlineData("{{ encryptAES \"secretkey\" \"plaintext\" | decryptAES \"secretkey\" }}", "plaintext")]
    [InlineData("{{ genPrivateKey \"ecdsa\" | hasPrefix \"-----BEGIN EC PRIVATE KEY-----\" }}", "true")]
    [InlineData("{{ randBytes 12 | b64dec | len }}", "12")]
    public void Render_SprigFunction_BehavesAsDocumented(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData(">=1.2.3", "1.3.0", true)]
    [InlineData(">=1.2.3", "1.2.2", false)]
    [InlineData("^1.2.3", "1.9.0", true)]
    [InlineData("^1.2.3", "2.0.0", false)]
    [InlineData("^0.2.3", "0.2.9", true)]
    [InlineData("^0.2.3", "0.3.0", false)]
    [InlineData("~1.2.3", "1.2.9", true)]
    [InlineData("~1.2.3", "1.3.0", false)]
    [InlineData("1.2.x", "1.2.7", true)]
    [InlineData("1.2.x", "1.3.0", false)]
    [InlineData(">= 1.2, < 2", "1.5.0", true)]
    [InlineData("<1.0.0 || >=2.0.0", "1.5.0", false)]
    [InlineData("<1.0.0 || >=2.0.0", "2.1.0", true)]
    [InlineData("1.0 - 1.4", "1.4.0", true)]
    [InlineData("1.0 - 1.4", "1.4.1", true)]
    [InlineData("1.0 - 1.4", "1.5.0", false)]
    [InlineData(">=1.2.3", "1.3.0-beta.1", false)]
    [InlineData(">=1.3.0-alpha", "1.3.0-beta.1", true)]
    [InlineData("*", "3.0.0", true)]
    [InlineData("!=1.2.3", "1.2.3", false)]
    public void SemverCompare_Constraint_MatchesMastermindsRules(string constraint, string version, bool expected) =>
        Assert.Equal(expected ? "true" : "false", EsoTemplates.Render($"{{{{ semverCompare \"{constraint}\" \"{version}\" }}}}"));

    [Theory]
    [InlineData("{{ (semver \"v1.2.3-rc.1+build\").Major }} {{ (semver \"1.2.3\").Minor }} {{ (semver \"1.2\").Patch }}", "1 2 0")]
    [InlineData("{{ semver \"v1.2.3-rc.1+build\" }} {{ (semver \"v1.2\").Original }}", "1.2.3-rc.1+build v1.2")]
    [InlineData("{{ (semver \"1.2.3\").LessThan (semver \"1.10.0\") }}", "true")]
    public void Semver_Version_ExposesMastermindsMethods(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Fact]
    public void SemverCompare_InvalidVersion_Fails() =>
        Assert.EndsWith("error calling semverCompare: Invalid Semantic Version", EsoTemplates.Error("{{ semverCompare \">1\" \"x.y\" }}"));

    [Fact]
    public void Library_HasEveryFunctionEsoExposes()
    {
        var expected = """
            abbrev abbrevboth trunc trim upper lower title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace
            initials swapcase shuffle snakecase camelcase kebabcase wrap wrapWith contains hasPrefix hasSuffix quote squote cat
            indent nindent replace plural toString split splitList splitn toStrings join sortAlpha regexMatch regexFindAll
            regexFind regexReplaceAll regexReplaceAllLiteral regexSplit regexQuoteMeta mustRegexMatch mustRegexFindAll
            mustRegexFind mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit randAlphaNum randAlpha randAscii
            randNumeric randInt randBytes uuidv4 sha1sum sha256sum sha512sum adler32sum b64enc b64dec b32enc b32dec hexdec atoi
            int int64 float64 toDecimal seq until untilStep add1 add sub div mod mul max biggest min add1f addf subf divf mulf
            maxf minf ceil floor round default empty coalesce all any compact mustCompact ternary fail fromJson toJson
            toPrettyJson toRawJson mustFromJson mustToJson mustToPrettyJson mustToRawJson deepCopy mustDeepCopy list tuple
            append push mustAppend mustPush prepend mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial
            reverse mustReverse uniq mustUniq without mustWithout has mustHas slice mustSlice concat chunk mustChunk dict get
            set unset hasKey pluck keys pick omit merge mergeOverwrite mustMerge mustMergeOverwrite values dig typeOf typeIs
            typeIsLike kindOf kindIs deepEqual base dir clean ext isAbs osBase osClean osDir osExt osIsAbs now date dateInZone
            date_in_zone dateModify date_modify mustDateModify must_date_modify toDate mustToDate ago duration durationRound
            htmlDate htmlDateInZone unixEpoch bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey
            genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES semver
            semverCompare urlParse urlJoin hello pkcs12key pkcs12keyPass pkcs12cert pkcs12certPass pemToPkcs12 pemToPkcs12Pass
            fullPemToPkcs12 fullPemToPkcs12Pass pemTruststoreToPKCS12 pemTruststoreToPKCS12Pass filterPEM filterCertChain
            certSANs jwkPublicKeyPem jwkPrivateKeyPem toYaml fromYaml rsaDecrypt
            """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Empty(expected.Except(EsoFunctions.Library.Names));
        Assert.Empty(EsoFunctions.Library.Names.Except(expected));
    }
}
