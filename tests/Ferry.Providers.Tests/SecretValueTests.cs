namespace Ferry.Providers.Tests;

public sealed class SecretValueTests
{
    [Fact]
    public void ToString_AnyValue_Redacts()
    {
        var value = SecretValue.FromString("hunter2");

        Assert.Equal("***", value.ToString());
        Assert.Equal("password=***", $"password={value}");
    }

    [Fact]
    public void Equals_SameBytes_AreEqualWithSameHash()
    {
        var a = SecretValue.FromString("same");
        var b = SecretValue.FromBytes("same"u8);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, SecretValue.FromString("other"));
    }

    [Fact]
    public void FromBytes_CallerChangesSource_ValueUnchanged()
    {
        var source = new byte[] { 1, 2, 3 };
        var value = SecretValue.FromBytes(source);

        source[0] = 9;

        Assert.Equal([1, 2, 3], value.ToArray());
    }

    [Fact]
    public void Reveal_Utf8Bytes_ReturnsText()
    {
        Assert.Equal("é", SecretValue.FromBytes([0xc3, 0xa9]).Reveal());
        Assert.Equal(0, SecretValue.FromString(string.Empty).Length);
    }
}
