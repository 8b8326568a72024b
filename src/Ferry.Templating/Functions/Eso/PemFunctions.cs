using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>ESO's pem.go: filterPEM, filterCertChain and certSANs.</summary>
internal static class PemFunctions
{
    public static GoString Filter(string pemType, GoString input)
    {
        var output = new ByteBuilder();
        var data = input.Memory;
        var rest = data;
        while (true)
        {
            var (block, remaining) = PemBlock.Decode(data);
            rest = remaining;
            if (block is null)
            {
                break;
            }

            data = remaining;
            if (string.Equals(block.Type, pemType, StringComparison.OrdinalIgnoreCase))
            {
                block.EncodeTo(output);
            }
        }

        if (output.Length == 0 && rest.Length != 0)
        {
            throw new TemplateFunctionException("error filtering pem: found junk");
        }

        return output.ToGoString();
    }

    public static GoString FilterCertChain(string kind, GoString input)
    {
        var chain = CertificateChain.Order(input);
        var selected = kind switch
        {
            "leaf" => chain.Count > 0 ? chain.Take(1) : [],
            "intermediate" => chain.Count > 2 ? chain.Skip(1).Take(chain.Count - 2) : [],
            "root" => chain.Count > 1 && CertificateChain.IsSelfSigned(chain[^1]) ? chain.Skip(chain.Count - 1) : [],
            _ => throw new TemplateFunctionException($"unsupported certificate type: {kind}"),
        };
        var output = new ByteBuilder();
        foreach (var certificate in selected)
        {
            new PemBlock("CERTIFICATE", [], certificate.RawData).EncodeTo(output);
        }

        return output.ToGoString();
    }

    public static GoList SubjectAlternativeNames(GoString input)
    {
        var (block, _) = PemBlock.Decode(input.Memory);
        if (block is null)
        {
            throw new TemplateFunctionException("failed to decode PEM block");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(block.Bytes);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            throw new TemplateFunctionException("failed to parse certificate");
        }

        using (certificate)
        {
            var dns = new List<string>();
            var ips = new List<string>();
            var emails = new List<string>();
            var uris = new List<string>();
            foreach (var extension in certificate.Extensions)
            {
                if (extension.Oid?.Value != "2.5.29.17")
                {
                    continue;
                }

                var reader = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
                while (reader.HasData)
                {
                    var tag = reader.PeekTag();
                    if (tag.TagClass != TagClass.ContextSpecific)
                    {
                        reader.ReadEncodedValue();
                        continue;
                    }

                    switch (tag.TagValue)
                    {
                        case 1:
                            emails.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag));
                            break;
                        case 2:
                            dns.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag));
                            break;
                        case 6:
                            uris.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag));
                            break;
                        case 7:
                            ips.Add(new IPAddress(reader.ReadOctetString(tag)).ToString());
                            break;
                        default:
                            reader.ReadEncodedValue();
                            break;
                    }
                }
            }

            return GoList.OfStrings(dns.Concat(ips).Concat(emails).Concat(uris).Select(GoString.FromUtf8));
        }
    }
}
