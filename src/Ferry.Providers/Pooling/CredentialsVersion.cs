using System.Text;

namespace Ferry.Providers.Pooling;

/// <summary>
/// Everything a client's authentication depends on, folded into one comparable value: the store's own version
/// (its generation, so status writes do not count) and the versions of the objects its credentials are read from.
/// A change in any of them means the pooled client must be rebuilt.
/// </summary>
public readonly record struct CredentialsVersion(string Value)
{
    public static CredentialsVersion Of(string storeVersion, IEnumerable<ReferencedObjectVersion> referenced)
    {
        ArgumentNullException.ThrowIfNull(storeVersion);
        ArgumentNullException.ThrowIfNull(referenced);
        var builder = new StringBuilder(storeVersion);
        // Sorted, so the order in which a provider happened to read its references does not matter.
        foreach (var item in referenced.Select(Describe).Order(StringComparer.Ordinal))
        {
            builder.Append('|').Append(item);
        }

        return new CredentialsVersion(builder.ToString());
    }

    public static CredentialsVersion Of(long storeGeneration, IEnumerable<ReferencedObjectVersion> referenced) =>
        Of(storeGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture), referenced);

    public override string ToString() => Value;

    private static string Describe(ReferencedObjectVersion item) =>
        $"{item.Kind}/{item.Namespace}/{item.Name}@{item.ResourceVersion}";
}
