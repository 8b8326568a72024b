using Ferry.Templating.Functions.Eso;
using Ferry.Templating.Functions.Sprig;

namespace Ferry.Templating.Functions;

/// <summary>
/// The function map ESO gives target templates: sprig as ESO vendors it (no env, expandenv or getHostByName;
/// with hexdec), sprig's slice replacing Go's, and ESO's own PEM, PKCS#12, JWK, YAML and RSA functions.
/// No function reads the environment, files, DNS, the network or the cluster.
/// </summary>
public static class EsoFunctions
{
    /// <summary>The library with the system clock.</summary>
    public static FunctionLibrary Library { get; } = Create(TimeProvider.System);

    /// <summary>The library with a given clock for now, ago and date (tests move it).</summary>
    public static FunctionLibrary Create(TimeProvider time) => new("eso", Functions(time));

    private static IEnumerable<GoFunction> Functions(TimeProvider time) =>
        StringFunctions.All()
            .Concat(EncodingFunctions.All())
            .Concat(DefaultFunctions.All())
            .Concat(ListFunctions.All())
            .Concat(DictFunctions.All())
            .Concat(NumberFunctions.All())
            .Concat(RegexFunctions.All())
            .Concat(PathFunctions.All())
            .Concat(RandomFunctions.All())
            .Concat(CaseFunctions.All())
            .Concat(UrlFunctions.All())
            .Concat(SemverFunctions.All())
            .Concat(CryptoFunctions.All())
            .Concat(DateFunctions.All(time))
            .Concat(CertificateFunctions.All(time))
            .Concat(EsoSpecificFunctions.All());
}
