namespace Ferry.LocalCluster.Http;

/// <summary>The negotiated answer form: the shape and, for meta.k8s.io shapes, the version the client asked for.</summary>
internal sealed record ResponseFormat(ResponseShape Shape, string MetaVersion)
{
    public static ResponseFormat Objects { get; } = new(ResponseShape.Object, "v1");

    public string MetaApiVersion => "meta.k8s.io/" + MetaVersion;

    /// <summary>
    /// Picks the first media type of the Accept header this server can produce for the verb, as kube-apiserver's
    /// negotiation does: Table for get, list and watch; PartialObjectMetadata for get and watch;
    /// PartialObjectMetadataList for list. Protobuf alternatives are passed over; with nothing usable, plain JSON.
    /// </summary>
    public static ResponseFormat Negotiate(string? accept, string verb)
    {
        if (string.IsNullOrEmpty(accept))
        {
            return Objects;
        }

        foreach (var candidate in accept.Split(','))
        {
            var parts = candidate.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0] is not ("application/json" or "*/*" or "application/*"))
            {
                continue;
            }

            string? shape = null;
            string? group = null;
            string? version = null;
            foreach (var parameter in parts.Skip(1))
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                {
                    continue;
                }

                var value = parameter[(equals + 1)..].Trim();
                switch (parameter[..equals].Trim())
                {
                    case "as":
                        shape = value;
                        break;
                    case "g":
                        group = value;
                        break;
                    case "v":
                        version = value;
                        break;
                    default:
                        break;
                }
            }

            if (shape is null)
            {
                return Objects;
            }

            if (group != "meta.k8s.io" || version is not ("v1" or "v1beta1"))
            {
                continue;
            }

            var chosen = (shape, verb) switch
            {
                ("Table", "get" or "list" or "watch") => ResponseShape.Table,
                ("PartialObjectMetadata", "get" or "watch") => ResponseShape.Metadata,
                ("PartialObjectMetadataList", "list") => ResponseShape.Metadata,
                _ => (ResponseShape?)null,
            };
            if (chosen is { } found)
            {
                return new ResponseFormat(found, version);
            }
        }

        return Objects;
    }
}
