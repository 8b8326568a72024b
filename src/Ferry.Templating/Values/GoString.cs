using System.Text;

namespace Ferry.Templating.Values;

/// <summary>
/// A Go string: an immutable sequence of bytes, not necessarily UTF-8. Secret data flows through templates as
/// GoStrings so binary values (PKCS#12, b64dec output) survive unchanged. <see cref="ToString"/> never shows the
/// bytes, because a GoString may hold a secret; use <see cref="ToUtf8String"/> at the edges.
/// </summary>
public sealed class GoString : IEquatable<GoString>, IComparable<GoString>
{
    private readonly byte[] _bytes;

    private GoString(byte[] bytes) => _bytes = bytes;

    public static GoString Empty { get; } = new([]);

    public int Length => _bytes.Length;

    public ReadOnlySpan<byte> Span => _bytes;

    public ReadOnlyMemory<byte> Memory => _bytes;

    public byte this[int index] => _bytes[index];

    /// <summary>Wraps bytes the caller will no longer change.</summary>
    public static GoString FromOwnedBytes(byte[] bytes) => bytes.Length == 0 ? Empty : new GoString(bytes);

    public static GoString FromBytes(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? Empty : new GoString(bytes.ToArray());

    public static GoString FromUtf8(string text) => text.Length == 0 ? Empty : new GoString(Encoding.UTF8.GetBytes(text));

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>The bytes as text; invalid UTF-8 becomes U+FFFD.</summary>
    public string ToUtf8String() => Encoding.UTF8.GetString(_bytes);

    public GoString Slice(int start, int length) => FromBytes(_bytes.AsSpan(start, length));

    public bool Equals(GoString? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => obj is GoString other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    /// <summary>Go orders strings bytewise.</summary>
    public int CompareTo(GoString? other) => other is null ? 1 : _bytes.AsSpan().SequenceCompareTo(other._bytes);

    public override string ToString() => $"GoString(len={_bytes.Length})";

    public static bool operator ==(GoString? left, GoString? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(GoString? left, GoString? right) => !(left == right);

    public static bool operator <(GoString left, GoString right) => left.CompareTo(right) < 0;

    public static bool operator <=(GoString left, GoString right) => left.CompareTo(right) <= 0;

    public static bool operator >(GoString left, GoString right) => left.CompareTo(right) > 0;

    public static bool operator >=(GoString left, GoString right) => left.CompareTo(right) >= 0;
}
