using System.Security.Cryptography.X509Certificates;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>Orders certificates leaf → intermediates → root by issuer, as ESO's pem_chain.go does.</summary>
internal static class CertificateChain
{
    public static List<X509Certificate2> Parse(GoString pem)
    {
        var certificates = new List<X509Certificate2>();
        foreach (var block in PemBlock.DecodeAll(pem.Memory))
        {
            if (block.Type != "CERTIFICATE")
            {
                continue;
            }

            try
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(block.Bytes));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                throw new TemplateFunctionException("failed to parse certificate");
            }
        }

        return certificates;
    }

    public static bool IsSelfSigned(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    /// <summary>The certificates as one chain from the leaf, or in the given order when they do not form one.</summary>
    public static List<X509Certificate2> Order(GoString pem)
    {
        var certificates = Parse(pem);
        return TryOrder(certificates) ?? certificates;
    }

    public static List<X509Certificate2>? TryOrder(List<X509Certificate2> certificates)
    {
        var leaves = certificates.Where(c => !certificates.Any(other => !ReferenceEquals(other, c)
            && !IsSelfSigned(other) && other.IssuerName.RawData.AsSpan().SequenceEqual(c.SubjectName.RawData))).ToList();
        if (leaves.Count != 1)
        {
            return null;
        }

        var chain = new List<X509Certificate2> { leaves[0] };
        while (!IsSelfSigned(chain[^1]))
        {
            var issuer = certificates.FirstOrDefault(c => !chain.Contains(c)
                && c.SubjectName.RawData.AsSpan().SequenceEqual(chain[^1].IssuerName.RawData));
            if (issuer is null)
            {
                break;
            }

            chain.Add(issuer);
        }

        return chain.Count == certificates.Count ? chain : null;
    }
}
