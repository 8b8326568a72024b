using System.Text;
using Ferry.Api.Hashing;

namespace Ferry.Api.Tests.Hashing;

public sealed class Sha3Tests
{
    [Theory]
    [InlineData("", "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7")]
    [InlineData("abc", "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf")]
    // ESO's ObjectHash golden values (runtime/esutils TestObjectHash).
    [InlineData("<nil>", "c461202a18e99215f121936fb2452e03843828e448a00a53f285a6fc")]
    [InlineData("hello there", "f78681ec611ebaeea0689bff6c7812a83ff98a7faba986d9af76c999")]
    [InlineData("map[bar:[118 97 108 117 101 50] foo:[118 97 108 117 101 49]]", "1bed8bcbcb4547ffe19a19cd47d9078e84aa6598266d86b99f992d64")]
    public void Hash224Hex_KnownInput_MatchesReference(string input, string expected)
    {
        Assert.Equal(expected, Sha3.Hash224Hex(input));
    }

    [Theory]
    [InlineData(143, "73b1b22b54f515f626a6abdde6af25cd4801dc6e9dc7fa3f77e1c122")]
    [InlineData(144, "f9019111996dcf160e284e320fd6d8825cabcd41a5ffdc4c5e9d64b6")]
    [InlineData(1000, "2461344b84416db8fe01c2a4966fea019590c231dd5724c1bfc26745")]
    public void Hash224_InputAroundBlockSize_MatchesReference(int length, string expected)
    {
        var digest = Sha3.Hash224(Encoding.ASCII.GetBytes(new string('a', length)));

        Assert.Equal(28, digest.Length);
        Assert.Equal(expected, Convert.ToHexStringLower(digest));
    }
}
