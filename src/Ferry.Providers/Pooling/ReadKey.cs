using System.Text;
using Ferry.Api.V1;

namespace Ferry.Providers.Pooling;

/// <summary>
/// What makes two reads identical: the operation and every field of the remote reference or find that can change
/// the answer. Two reads with the same key return the same result from the same backend session.
/// </summary>
internal static class ReadKey
{
    public static string ForSecret(ExternalSecretDataRemoteRef remoteRef) => Describe("get", remoteRef);

    public static string ForMap(ExternalSecretDataRemoteRef remoteRef) => Describe("map", remoteRef);

    public static string ForFind(ExternalSecretFind find)
    {
        var builder = new StringBuilder("find");
        Append(builder, find.Name?.Regexp);
        Append(builder, find.Path);
        Append(builder, find.ConversionStrategy?.ToString());
        Append(builder, find.DecodingStrategy?.ToString());
        Append(builder, find.NullBytePolicy?.ToString());
        if (find.Tags is null)
        {
            Append(builder, null);
        }
        else
        {
            // Tags are a map: their order in the manifest does not change the answer.
            foreach (var (key, value) in find.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                Append(builder, key);
                Append(builder, value);
            }
        }

        return builder.ToString();
    }

    private static string Describe(string operation, ExternalSecretDataRemoteRef remoteRef)
    {
        var builder = new StringBuilder(operation);
        Append(builder, remoteRef.Key);
        Append(builder, remoteRef.Property);
        Append(builder, remoteRef.Version);
        Append(builder, remoteRef.MetadataPolicy?.ToString());
        Append(builder, remoteRef.ConversionStrategy?.ToString());
        Append(builder, remoteRef.DecodingStrategy?.ToString());
        Append(builder, remoteRef.NullBytePolicy?.ToString());
        return builder.ToString();
    }

    // Length-prefixed, so no choice of field values can make two different reads collide; null differs from "".
    private static void Append(StringBuilder builder, string? field)
    {
        if (field is null)
        {
            builder.Append("|-");
            return;
        }

        builder.Append('|').Append(field.Length).Append(':').Append(field);
    }
}
