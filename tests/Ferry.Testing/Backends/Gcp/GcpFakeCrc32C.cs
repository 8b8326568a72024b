namespace Ferry.Testing.Backends.Gcp;

/// <summary>CRC-32C (Castagnoli) as Secret Manager computes it over payload bytes; bitwise, independent of the provider's table.</summary>
internal static class GcpFakeCrc32C
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
        }

        return ~crc;
    }
}
