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
    public static FunctionLibrary Library { get; } = new("eso", Create());

    private static IEnumerable<GoFunction> Create() =>
        StringFunctions.All()
            .Concat(EncodingFunctions.All())
            .Concat(DefaultFunctions.All())
            .Concat(ListFunctions.All())
            .Concat(DictFunctions.All())
            .Concat(NumberFunctions.All())
            .Concat(RegexFunctions.All())
            .Concat(PathFunctions.All())
            .Concat(EsoSpecificFunctions.All());
}
