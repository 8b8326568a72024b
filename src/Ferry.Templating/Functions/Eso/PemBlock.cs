using System.Text;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>Go's encoding/pem: Decode skips junk before a block and tolerates trailing spaces; Encode writes 64-column base64.</summary>
internal sealed record PemBlock(string Type, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Bytes)
{
    private static readonly byte[] Begin = "-----BEGIN "u8.ToArray();
    private static readonly byte[] End = "\n-----END "u8.ToArray();
    private static readonly byte[] Ending = "-----"u8.ToArray();

    /// <summary>The first block in data and the rest after it; (null, data) when there is none.</summary>
    public static (PemBlock? Block, ReadOnlyMemory<byte> Remaining) Decode(ReadOnlyMemory<byte> data)
    {
        var rest = data;
        while (true)
        {
            var span = rest.Span;
            int start;
            if (span.StartsWith(Begin))
            {
                start = 0;
            }
            else
            {
                var index = span.IndexOf("\n-----BEGIN "u8);
                if (index < 0)
                {
                    return (null, data);
                }

                start = index + 1;
            }

            var afterBegin = rest[(start + Begin.Length)..];
            var (typeLine, afterType) = GetLine(afterBegin);
            if (!typeLine.Span.EndsWith(Ending))
            {
                rest = afterBegin;
                continue;
            }

            var type = Encoding.UTF8.GetString(typeLine.Span[..^Ending.Length]);
            var headers = new List<KeyValuePair<string, string>>();
            var body = afterType;
            while (true)
            {
                if (body.IsEmpty)
                {
                    break;
                }

                var (line, next) = GetLine(body);
                var colon = line.Span.IndexOf((byte)':');
                if (colon < 0)
                {
                    break;
                }

                headers.Add(new(Encoding.UTF8.GetString(line.Span[..colon]).Trim(), Encoding.UTF8.GetString(line.Span[(colon + 1)..]).Trim()));
                body = next;
            }

            ReadOnlyMemory<byte> endSearch = body;
            int endIndex;
            ReadOnlyMemory<byte> base64;
            if (headers.Count == 0 && body.Span.StartsWith("-----END "u8))
            {
                endIndex = 0;
                base64 = ReadOnlyMemory<byte>.Empty;
                endSearch = body;
            }
            else
            {
                endIndex = body.Span.IndexOf(End);
                if (endIndex < 0)
                {
                    rest = afterBegin;
                    continue;
                }

                base64 = body[..endIndex];
                endSearch = body[(endIndex + 1)..];
            }

            var endTrailer = endSearch[("-----END ".Length)..];
            var (endLine, afterEnd) = GetLine(endTrailer);
            var expected = Encoding.UTF8.GetBytes(type + "-----");
            if (!endLine.Span.SequenceEqual(expected))
            {
                rest = afterBegin;
                continue;
            }

            var cleaned = new List<byte>(base64.Length);
            foreach (var b in base64.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    cleaned.Add(b);
                }
            }

            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(Encoding.ASCII.GetString([.. cleaned]));
            }
            catch (FormatException)
            {
                rest = afterBegin;
                continue;
            }

            _ = endIndex;
            return (new PemBlock(type, headers, decoded), afterEnd);
        }
    }

    /// <summary>A line without its ending (\n or \r\n) and trailing spaces or tabs, and the rest after it.</summary>
    private static (ReadOnlyMemory<byte> Line, ReadOnlyMemory<byte> Remaining) GetLine(ReadOnlyMemory<byte> data)
    {
        var index = data.Span.IndexOf((byte)'\n');
        ReadOnlyMemory<byte> line;
        ReadOnlyMemory<byte> rest;
        if (index < 0)
        {
            line = data;
            rest = ReadOnlyMemory<byte>.Empty;
        }
        else
        {
            line = data[..index];
            rest = data[(index + 1)..];
        }

        var span = line.Span;
        var end = span.Length;
        while (end > 0 && span[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            end--;
        }

        return (line[..end], rest);
    }

    public static IEnumerable<PemBlock> DecodeAll(ReadOnlyMemory<byte> data)
    {
        while (true)
        {
            var (block, rest) = Decode(data);
            if (block is null)
            {
                yield break;
            }

            yield return block;
            data = rest;
        }
    }

    public void EncodeTo(ByteBuilder output)
    {
        output.Append("-----BEGIN " + Type + "-----\n");
        if (Headers.Count > 0)
        {
            var ordered = Headers.Where(h => h.Key == "Proc-Type")
                .Concat(Headers.Where(h => h.Key != "Proc-Type").OrderBy(h => h.Key, StringComparer.Ordinal));
            foreach (var (key, value) in ordered)
            {
                output.Append(key + ": " + value + "\n");
            }

            output.Append((byte)'\n');
        }

        var base64 = Convert.ToBase64String(Bytes);
        for (var i = 0; i < base64.Length; i += 64)
        {
            output.Append(base64.Substring(i, Math.Min(64, base64.Length - i)));
            output.Append((byte)'\n');
        }

        output.Append("-----END " + Type + "-----\n");
    }

    public static string Encode(string type, byte[] bytes)
    {
        var output = new ByteBuilder();
        new PemBlock(type, [], bytes).EncodeTo(output);
        return output.ToGoString().ToUtf8String();
    }
}
