using System.Globalization;
using System.Text;
using Ferry.Api.Hashing;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ESO's ObjectHash recipes (eso-behaviour.md §2.4), byte for byte: SHA3-224 hex over Go's <c>%+v</c> rendering.
/// The data hash decides whether a Secret ESO wrote is still valid, so a mismatch here would rewrite every Secret
/// of a cluster switching from ESO.
/// </summary>
public static class SecretHashes
{
    /// <summary>The <c>reconcile.external-secrets.io/data-hash</c> value for a Secret's data.</summary>
    public static string DataHash(IEnumerable<KeyValuePair<string, byte[]>>? data)
    {
        var text = new StringBuilder("map[");
        var first = true;
        foreach (var (key, value) in (data ?? []).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                text.Append(' ');
            }

            first = false;
            text.Append(key).Append(":[");
            for (var i = 0; i < value.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(value[i].ToString(CultureInfo.InvariantCulture));
            }

            text.Append(']');
        }

        return Sha3.Hash224Hex(text.Append(']').ToString());
    }

    /// <summary>
    /// status.syncedResourceVersion: <c>"&lt;generation&gt;-&lt;hash of {annotations, labels}&gt;"</c>. Any label or
    /// annotation change alters it, which is how ESO's force-sync works.
    /// </summary>
    public static string MetaHash(long? generation, IDictionary<string, string>? annotations, IDictionary<string, string>? labels)
    {
        var text = new StringBuilder("{annotations:");
        AppendMap(text, annotations);
        text.Append(" labels:");
        AppendMap(text, labels);
        text.Append('}');
        return string.Create(CultureInfo.InvariantCulture, $"{generation ?? 0}-{Sha3.Hash224Hex(text.ToString())}");
    }

    private static void AppendMap(StringBuilder text, IDictionary<string, string>? map)
    {
        text.Append("map[");
        var first = true;
        foreach (var (key, value) in (map ?? new Dictionary<string, string>()).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                text.Append(' ');
            }

            first = false;
            text.Append(key).Append(':').Append(value);
        }

        text.Append(']');
    }
}
