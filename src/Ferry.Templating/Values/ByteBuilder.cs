using System.Text;

namespace Ferry.Templating.Values;

/// <summary>A growable byte buffer: how the engine and the formatter build Go strings without UTF-16 round trips.</summary>
public sealed class ByteBuilder
{
    private byte[] _buffer;

    public ByteBuilder(int capacity = 256) => _buffer = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public void Append(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Append(GoString value) => Append(value.Span);

    /// <summary>Appends text as UTF-8.</summary>
    public void Append(string text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(Length));
    }

    public void Append(char ascii) => Append((byte)ascii);

    /// <summary>Appends a rune as UTF-8; invalid runes become U+FFFD, as in Go.</summary>
    public void AppendRune(int rune)
    {
        if (rune is < 0 or > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            rune = 0xFFFD;
        }

        Span<byte> utf8 = stackalloc byte[4];
        var count = new Rune(rune).EncodeToUtf8(utf8);
        Append(utf8[..count]);
    }

    public void Truncate(int length) => Length = length;

    public void Clear() => Length = 0;

    public GoString ToGoString() => GoString.FromBytes(Span);

    public byte[] ToArray() => Span.ToArray();

    private void Ensure(int extra)
    {
        if (Length + extra <= _buffer.Length)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, Length + extra);
        Array.Resize(ref _buffer, size);
    }

    public override string ToString() => $"ByteBuilder(len={Length})";
}
