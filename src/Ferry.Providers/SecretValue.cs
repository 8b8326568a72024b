using System.Security.Cryptography;
using System.Text;

namespace Ferry.Providers;

/// <summary>
/// Secret bytes in transit between a provider and a Secret. <see cref="ToString"/> redacts, so a value that ends up
/// in a log line, an exception message or a debugger display never shows its content.
/// </summary>
public sealed class SecretValue : IEquatable<SecretValue>
{
    public const string Redacted = "***";

    private readonly byte[] _bytes;

    private SecretValue(byte[] bytes) => _bytes = bytes;

    public static SecretValue Empty { get; } = new([]);

    /// <summary>The bytes, read-only; copy them with <see cref="ToArray"/> when a caller needs to own them.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    public int Length => _bytes.Length;

    public static SecretValue FromBytes(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? Empty : new(bytes.ToArray());

    /// <summary>Takes ownership of <paramref name="bytes"/> without copying; the caller must not change them later.</summary>
    public static SecretValue Wrap(byte[] bytes) => bytes.Length == 0 ? Empty : new(bytes);

    public static SecretValue FromString(string text) => Wrap(Encoding.UTF8.GetBytes(text));

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>The value as UTF-8 text (invalid sequences become U+FFFD, as Go's string conversion keeps them).</summary>
    public string Reveal() => Encoding.UTF8.GetString(_bytes);

    public bool Equals(SecretValue? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(_bytes, other._bytes);

    public override bool Equals(object? obj) => obj is SecretValue other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    public override string ToString() => Redacted;
}
