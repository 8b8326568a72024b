namespace Ferry.Providers.Gcp;

/// <summary>REST addresses of one store's secrets: the global endpoint, or the regional one when location is set.</summary>
internal sealed class GcpResourceNames
{
    public GcpResourceNames(string project, string? location, Uri? endpointOverride)
    {
        Parent = string.IsNullOrEmpty(location) ? $"projects/{project}" : $"projects/{project}/locations/{location}";
        var endpoint = endpointOverride
            ?? new Uri(string.IsNullOrEmpty(location) ? "https://secretmanager.googleapis.com/" : $"https://secretmanager.{location}.rep.googleapis.com/");
        Base = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
    }

    public Uri Base { get; }

    /// <summary><c>projects/P</c> or <c>projects/P/locations/L</c>.</summary>
    public string Parent { get; }

    public Uri Secret(string id) => Url($"{Parent}/secrets/{Escape(id)}");

    public Uri Access(string id, string version) => Url($"{Parent}/secrets/{Escape(id)}/versions/{Escape(version)}:access");

    public Uri AddVersion(string id) => Url($"{Parent}/secrets/{Escape(id)}:addVersion");

    public Uri Create(string id) => Url($"{Parent}/secrets?secretId={Uri.EscapeDataString(id)}");

    public Uri ListSecrets(string? filter, string? pageToken) => Url(
        $"{Parent}/secrets?pageSize=250"
        + (string.IsNullOrEmpty(filter) ? string.Empty : "&filter=" + Uri.EscapeDataString(filter))
        + (string.IsNullOrEmpty(pageToken) ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken)));

    public Uri ListEnabledVersions(string id, string? pageToken) => Url(
        $"{Parent}/secrets/{Escape(id)}/versions?filter=" + Uri.EscapeDataString("state:ENABLED")
        + (string.IsNullOrEmpty(pageToken) ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken)));

    /// <summary>The secret id from a full resource name (<c>projects/P/secrets/ID</c>).</summary>
    public static string ShortName(string resourceName) => resourceName[(resourceName.LastIndexOf('/') + 1)..];

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private Uri Url(string relative) => new(Base, "v1/" + relative);
}
