using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's certificate struct: PEM text in .Cert and .Key.</summary>
internal sealed class SprigCertificate(string cert, string key) : GoObject
{
    public static GoType CertificateType { get; } = GoType.Named("sprig.certificate");

    public string Cert { get; } = cert;

    public string Key { get; } = key;

    public override GoType Type => CertificateType;

    public override GoFunction? Method(string name) => name switch
    {
        "Cert" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Cert)),
        "Key" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Key)),
        _ => null,
    };

    /// <summary>Go prints a struct as {field field}; the key is a secret, so it is not shown here.</summary>
    public override string DefaultFormat => "{" + Cert + " <redacted>}";
}
