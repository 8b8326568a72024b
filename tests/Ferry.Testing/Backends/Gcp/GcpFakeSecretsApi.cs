using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>
/// Secret Manager v1 REST routes over the fake's secrets (global <c>projects/P</c> and regional
/// <c>projects/P/locations/L</c> parents): access, get, create, addVersion, list with filter and paging, delete.
/// </summary>
internal sealed class GcpFakeSecretsApi(Dictionary<string, GcpFakeSecret> secrets, Lock gate, TimeProvider time, int pageSize)
{
    public Task HandleAsync(HttpContext context, string path, Action<string> count)
    {
        // path: projects/P[/locations/L]/secrets[/ID[:verb | /versions[/V[:access]]]]
        var segments = path.Split('/');
        var parentLength = segments.Length > 3 && segments[2] == "locations" ? 4 : 2;
        if (segments.Length <= parentLength || segments[0] != "projects" || segments[parentLength] != "secrets")
        {
            return NotFoundAsync(context, "Method not found.");
        }

        var parent = string.Join('/', segments[..parentLength]);
        var rest = segments[(parentLength + 1)..];
        var method = context.Request.Method;
        return (rest.Length, method) switch
        {
            (0, "GET") => Counted(count, "list", ListSecretsAsync(context, parent)),
            (0, "POST") => Counted(count, "create", CreateAsync(context, parent)),
            (1, _) when rest[0].EndsWith(":addVersion", StringComparison.Ordinal) && method == "POST" =>
                Counted(count, "addVersion", AddVersionAsync(context, parent, rest[0][..^":addVersion".Length])),
            (1, "GET") => Counted(count, "get", GetSecretAsync(context, parent, rest[0])),
            (1, "DELETE") => Counted(count, "delete", DeleteAsync(context, parent, rest[0])),
            (2, "GET") when rest[1] == "versions" => Counted(count, "listVersions", ListVersionsAsync(context, parent, rest[0])),
            (3, "GET") when rest[1] == "versions" && rest[2].EndsWith(":access", StringComparison.Ordinal) =>
                Counted(count, "access", AccessAsync(context, parent, rest[0], rest[2][..^":access".Length])),
            _ => NotFoundAsync(context, "Method not found."),
        };
    }

    private static Task Counted(Action<string> count, string operation, Task handled)
    {
        count(operation);
        return handled;
    }

    private static bool IntEnums(HttpContext context) =>
        context.Request.Query["$alt"].ToString().Contains("enum-encoding=int", StringComparison.Ordinal);

    private static Task NotFoundAsync(HttpContext context, string message) => GcpFakeHttp.ErrorAsync(context, 404, "NOT_FOUND", message);

    private Task AccessAsync(HttpContext context, string parent, string id, string version)
    {
        var name = $"{parent}/secrets/{id}";
        GcpFakeVersion? found;
        lock (gate)
        {
            found = secrets.TryGetValue(name, out var secret) ? Find(secret, version) : null;
        }

        if (found is null)
        {
            return NotFoundAsync(context, $"Secret Version [{name}/versions/{version}] not found.");
        }

        if (found.State != GcpFakeVersionState.Enabled)
        {
            return GcpFakeHttp.ErrorAsync(context, 400, "FAILED_PRECONDITION", $"Secret Version [{name}/versions/{found.Number}] is in {found.State.ToString().ToUpperInvariant()} state.");
        }

        return GcpFakeHttp.JsonAsync(context, new JsonObject
        {
            ["name"] = $"{name}/versions/{found.Number}",
            ["payload"] = new JsonObject
            {
                ["data"] = Convert.ToBase64String(found.Data),
                ["dataCrc32c"] = GcpFakeCrc32C.Compute(found.Data).ToString(CultureInfo.InvariantCulture),
            },
        });
    }

    private static GcpFakeVersion? Find(GcpFakeSecret secret, string version) => version == "latest"
        ? secret.Versions.LastOrDefault(v => v.State != GcpFakeVersionState.Destroyed)
        : long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? secret.Versions.FirstOrDefault(v => v.Number == number)
            : null;

    private Task GetSecretAsync(HttpContext context, string parent, string id)
    {
        JsonObject? body;
        lock (gate)
        {
            body = secrets.TryGetValue($"{parent}/secrets/{id}", out var secret) ? Render(secret) : null;
        }

        return body is null ? NotFoundAsync(context, $"Secret [{parent}/secrets/{id}] not found.") : GcpFakeHttp.JsonAsync(context, body);
    }

    private async Task CreateAsync(HttpContext context, string parent)
    {
        var id = context.Request.Query["secretId"].ToString();
        if (id.Length == 0 || id.Length > 255 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            await GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "The provided Secret ID [" + id + "] does not match the expected format [[a-zA-Z_0-9]+]");
            return;
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var regional = parent.Contains("/locations/", StringComparison.Ordinal);
        if (!regional && body["replication"] is null)
        {
            await GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "Secret.replication is required.");
            return;
        }

        JsonObject rendered;
        lock (gate)
        {
            var name = $"{parent}/secrets/{id}";
            if (secrets.ContainsKey(name))
            {
                rendered = null!;
            }
            else
            {
                var secret = new GcpFakeSecret(parent, id, time.GetUtcNow()) { ReplicationJson = body["replication"]?.ToJsonString() };
                Copy(body["labels"], secret.Labels);
                Copy(body["annotations"], secret.Annotations);
                secrets[name] = secret;
                rendered = Render(secret);
            }
        }

        if (rendered is null)
        {
            await GcpFakeHttp.ErrorAsync(context, 409, "ALREADY_EXISTS", $"Secret [{parent}/secrets/{id}] already exists.");
            return;
        }

        await GcpFakeHttp.JsonAsync(context, rendered);
    }

    private async Task AddVersionAsync(HttpContext context, string parent, string id)
    {
        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        byte[] data;
        try
        {
            data = Convert.FromBase64String(body["payload"]?["data"]?.GetValue<string>() ?? string.Empty);
        }
        catch (FormatException)
        {
            await GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "Invalid value at 'payload.data' (TYPE_BYTES), Base64 decoding failed");
            return;
        }

        if (body["payload"]?["dataCrc32c"] is { } sent
            && (!long.TryParse(sent.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var checksum) || checksum != GcpFakeCrc32C.Compute(data)))
        {
            await GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "Checksum mismatch: the provided data_crc32c does not match the payload.");
            return;
        }

        JsonObject? rendered = null;
        lock (gate)
        {
            if (secrets.TryGetValue($"{parent}/secrets/{id}", out var secret))
            {
                var version = new GcpFakeVersion(secret.Versions.Count + 1, data, time.GetUtcNow());
                secret.Versions.Add(version);
                rendered = RenderVersion(secret, version, IntEnums(context));
            }
        }

        await (rendered is null ? NotFoundAsync(context, $"Secret [{parent}/secrets/{id}] not found.") : GcpFakeHttp.JsonAsync(context, rendered));
    }

    private Task DeleteAsync(HttpContext context, string parent, string id)
    {
        bool removed;
        lock (gate)
        {
            removed = secrets.Remove($"{parent}/secrets/{id}");
        }

        return removed ? GcpFakeHttp.JsonAsync(context, new JsonObject()) : NotFoundAsync(context, $"Secret [{parent}/secrets/{id}] not found.");
    }

    private Task ListSecretsAsync(HttpContext context, string parent)
    {
        var filter = context.Request.Query["filter"].ToString();
        List<JsonObject> all;
        lock (gate)
        {
            all = [.. secrets.Values.Where(s => s.Parent == parent && Matches(s, filter)).OrderBy(s => s.Id, StringComparer.Ordinal).Select(Render)];
        }

        return PageAsync(context, "secrets", all);
    }

    private Task ListVersionsAsync(HttpContext context, string parent, string id)
    {
        var filter = context.Request.Query["filter"].ToString();
        List<JsonObject>? all = null;
        var ints = IntEnums(context);
        lock (gate)
        {
            if (secrets.TryGetValue($"{parent}/secrets/{id}", out var secret))
            {
                // Newest first, as the service lists them.
                all = [.. secret.Versions.AsEnumerable().Reverse()
                    .Where(v => filter.Length == 0 || filter == $"state:{v.State.ToString().ToUpperInvariant()}")
                    .Select(v => RenderVersion(secret, v, ints))];
            }
        }

        return all is null ? NotFoundAsync(context, $"Secret [{parent}/secrets/{id}] not found.") : PageAsync(context, "versions", all);
    }

    private Task PageAsync(HttpContext context, string member, List<JsonObject> all)
    {
        var size = int.TryParse(context.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var asked) && asked > 0 ? Math.Min(asked, pageSize) : pageSize;
        var start = 0;
        var token = context.Request.Query["pageToken"].ToString();
        if (token.Length > 0 && !int.TryParse(token, CultureInfo.InvariantCulture, out start))
        {
            return GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "Invalid page token.");
        }

        var page = new JsonArray([.. all.Skip(start).Take(size)]);
        var body = new JsonObject { [member] = page, ["totalSize"] = all.Count };
        if (start + size < all.Count)
        {
            body["nextPageToken"] = (start + size).ToString(CultureInfo.InvariantCulture);
        }

        return GcpFakeHttp.JsonAsync(context, body);
    }

    // The subset of the list filter grammar providers use: space-separated AND terms labels.K=V, labels.K:*, name:TEXT.
    private static bool Matches(GcpFakeSecret secret, string filter) => filter.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(term =>
    {
        if (term.StartsWith("labels.", StringComparison.Ordinal))
        {
            var body = term["labels.".Length..];
            var eq = body.IndexOfAny(['=', ':']);
            if (eq < 0)
            {
                return false;
            }

            var value = body[(eq + 1)..].Trim('"');
            return secret.Labels.TryGetValue(body[..eq], out var actual) && (value == "*" || actual == value);
        }

        return term.StartsWith("name:", StringComparison.Ordinal) && secret.Id.Contains(term["name:".Length..], StringComparison.Ordinal);
    });

    private static JsonObject Render(GcpFakeSecret secret)
    {
        var body = new JsonObject
        {
            ["name"] = secret.Name,
            ["createTime"] = secret.Created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            ["etag"] = $"\"{secret.Versions.Count}\"",
        };
        if (secret.ReplicationJson is not null)
        {
            body["replication"] = JsonNode.Parse(secret.ReplicationJson);
        }

        if (secret.Labels.Count > 0)
        {
            body["labels"] = new JsonObject([.. secret.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))]);
        }

        if (secret.Annotations.Count > 0)
        {
            body["annotations"] = new JsonObject([.. secret.Annotations.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))]);
        }

        return body;
    }

    private static JsonObject RenderVersion(GcpFakeSecret secret, GcpFakeVersion version, bool intEnums) => new()
    {
        ["name"] = $"{secret.Name}/versions/{version.Number}",
        ["createTime"] = version.Created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        ["state"] = intEnums ? (int)version.State : version.State.ToString().ToUpperInvariant(),
        ["etag"] = $"\"{version.Number}\"",
    };

    private static void Copy(JsonNode? source, Dictionary<string, string> target)
    {
        foreach (var (key, value) in source as JsonObject ?? [])
        {
            target[key] = value?.ToString() ?? string.Empty;
        }
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) ?? new JsonObject();
        }
        catch (JsonException)
        {
            await GcpFakeHttp.ErrorAsync(context, 400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
            return null;
        }
    }
}
