namespace Ferry.Templating.Tests.Functions;

public sealed class EncodingFunctionsTests
{
    [Theory]
    [InlineData("{{ b64enc \"hello\" }}", "aGVsbG8=")]
    [InlineData("{{ b64dec \"aGVsbG8=\" }}", "hello")]
    [InlineData("{{ b64dec \"aGVs\\nbG8=\" }}", "hello")]
    [InlineData("{{ b64dec \"aGVsbG8\" }}", "illegal base64 data at input byte 4")]
    [InlineData("{{ b64dec \"!!!!\" }}", "illegal base64 data at input byte 0")]
    [InlineData("{{ b64dec \"aGVsbG8=x\" }}", "illegal base64 data at input byte 8")]
    [InlineData("{{ b64dec \"aGVsbA=x\" }}", "illegal base64 data at input byte 6")]
    [InlineData("{{ b32enc \"hello\" }}", "NBSWY3DP")]
    [InlineData("{{ b32enc \"hi\" }}", "NBUQ====")]
    [InlineData("{{ b32dec \"NBSWY3DP\" }}", "hello")]
    [InlineData("{{ b32dec \"NBUQ====\" }}", "hi")]
    [InlineData("{{ b32dec \"NB1Q====\" }}", "illegal base64 data at input byte 2")]
    [InlineData("{{ hexdec \"68656c6c6f\" }}", "hello")]
    [InlineData("{{ hexdec \"zz\" }}", "encoding/hex: invalid byte: U+007A 'z'")]
    [InlineData("{{ hexdec \"abc\" }}", "encoding/hex: odd length hex string")]
    [InlineData("{{ sha1sum \"hello\" }}", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")]
    [InlineData("{{ sha256sum \"hello\" }}", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [InlineData("{{ sha512sum \"\" | trunc 16 }}", "cf83e1357eefb8bd")]
    [InlineData("{{ adler32sum \"hello\" }}", "103547413")]
    public void Render_EncodingFunction_MatchesGo(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Fact]
    public void B64dec_BinaryOutput_IsByteExact()
    {
        byte[] binary = [0x00, 0xFF, 0x80, 0x7F, 0xC3];
        var data = EsoTemplates.Data(("v", Convert.ToBase64String(binary)));
        Assert.Equal(binary, EsoTemplates.RenderBytes("{{ .v | b64dec }}", data));
    }

    [Fact]
    public void B64enc_BinaryInput_EncodesBytesNotText()
    {
        byte[] binary = [0xFF, 0xFE, 0x00];
        Assert.Equal("//4A", EsoTemplates.Render("{{ .v | b64enc }}", EsoTemplates.Bytes(("v", binary))));
    }
}
