using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Patching;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Security;
using Ferry.LocalCluster.Selectors;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>The resource verbs: get, list, watch, create, update, patch, delete and deletecollection.</summary>
internal sealed partial class ApiHandler
{
    private async Task HandleResourceAsync(HttpContext context, ResourceRequest request, UserInfo user)
    {
        var method = context.Request.Method;
        var type = request.Type;
        var verb = Verb(context, request);
        if (!type.Supports(verb) && !(request.Subresource is not null && verb is "create" or "get" or "update" or "patch"))
        {
            throw ApiErrors.MethodNotAllowed(verb);
        }

        if (!_authorizer.Authorize(user, verb, type.Group, type.Plural, request.Namespace, request.Name))
        {
            throw new ApiException(403, "Forbidden", $"{type.GroupResource} is forbidden: User \"{user.Name}\" cannot {verb} resource \"{type.Plural}\" in API group \"{type.Group}\"");
        }

        switch (verb)
        {
            case "get":
                await WriteReadAsync(context, type, _service.Get(request.Storage, request.Namespace, request.Name!), FormatOf(context, verb));
                return;
            case "list":
                await WriteShapedListAsync(context, type, _service.List(request.Storage, ListQueryOf(context, request)), FormatOf(context, verb));
                return;
            case "watch":
                await WatchAsync(context, request, ListQueryOf(context, request), FormatOf(context, verb));
                return;
            case "create" when request.Subresource == "token":
                await TokenRequestAsync(context, request);
                return;
            case "create" when IsReview(type):
                await ReviewAsync(context, type, user);
                return;
            case "create":
                await CreateAsync(context, request);
                return;
            case "update":
                await UpdateAsync(context, request);
                return;
            case "patch":
                await PatchAsync(context, request);
                return;
            case "delete":
                await DeleteAsync(context, request);
                return;
            case "deletecollection":
                var deleted = _service.DeleteCollection(request.Storage, ListQueryOf(context, request), await DeleteOptionsOfAsync(context));
                await WriteListAsync(context, type, new ListResult(deleted, _service.Store.Revision, null, null));
                return;
            default:
                throw ApiErrors.MethodNotAllowed(method);
        }
    }

    private static string Verb(HttpContext context, ResourceRequest request)
    {
        var method = context.Request.Method;
        var collection = request.Name is null;
        if (HttpMethods.IsGet(method))
        {
            return !collection ? "get" : request.WatchPath || HttpIo.QueryBool(context, "watch") ? "watch" : "list";
        }

        if (HttpMethods.IsPost(method))
        {
            return collection || request.Subresource is not null ? "create" : throw ApiErrors.MethodNotAllowed("create");
        }

        if (HttpMethods.IsPut(method) && !collection)
        {
            return "update";
        }

        if (HttpMethods.IsPatch(method) && !collection)
        {
            return "patch";
        }

        if (HttpMethods.IsDelete(method))
        {
            return collection ? "deletecollection" : "delete";
        }

        throw ApiErrors.MethodNotAllowed(method.ToLowerInvariant());
    }

    private async Task CreateAsync(HttpContext context, ResourceRequest request)
    {
        if (request.Type.Namespaced && request.Namespace.Length == 0)
        {
            throw ApiErrors.NotFoundPath();
        }

        var body = ToStorage(request, HttpIo.ParseObject(await HttpIo.ReadBodyAsync(context), context.Request.ContentType), validate: true);
        var options = WriteOptionsOf(context, apply: false);
        var stored = _service.Create(request.Storage, request.Namespace, body, options);
        AddWarnings(context, options);
        await WriteObjectAsync(context, 201, request.Type, stored);
    }

    private async Task UpdateAsync(HttpContext context, ResourceRequest request)
    {
        var body = ToStorage(request, HttpIo.ParseObject(await HttpIo.ReadBodyAsync(context), context.Request.ContentType), validate: false);
        var options = WriteOptionsOf(context, apply: false);
        bool existed;
        lock (_service.Store.Gate)
        {
            existed = _service.Store.Get(request.Storage.GroupResource, request.Namespace, request.Name!) is not null;
        }

        var stored = _service.Update(request.Storage, request.Namespace, request.Name!, body, request.Subresource, options);
        AddWarnings(context, options);
        var created = !existed;
        await WriteObjectAsync(context, created ? 201 : 200, request.Type, stored);
    }

    private async Task PatchAsync(HttpContext context, ResourceRequest request)
    {
        var type = request.Type;
        var media = HttpIo.MediaType(context.Request.ContentType);
        var apply = media is "application/apply-patch+yaml" or "application/apply-patch+json";
        var options = WriteOptionsOf(context, apply);
        var patch = HttpIo.ParseJson(await HttpIo.ReadBodyAsync(context), "error decoding patch");
        Func<JsonObject?, PatchOutcome> patcher = media switch
        {
            "application/json-patch+json" => current => new PatchOutcome(JsonPatch.Apply(Existing(current, request), patch) as JsonObject
                ?? throw ApiErrors.BadRequest("the patch turned the object into something other than an object")),
            "application/merge-patch+json" => current => new PatchOutcome(MergePatch.Apply(Existing(current, request), patch) as JsonObject
                ?? throw ApiErrors.BadRequest("the patch turned the object into something other than an object")),
            "application/strategic-merge-patch+json" when type.Strategy.SupportsStrategicMerge => current =>
                new PatchOutcome(StrategicMergePatch.Apply(Existing(current, request), patch, type.Strategy.ListTypeAt)),
            _ when apply => current => ServerSideApply.Apply(type, request.Name!, current, patch, options.FieldManager, options.Force, _service.Now()),
            _ => throw new ApiException(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"),
        };
        if (request.Converted)
        {
            var viewPatcher = patcher;
            patcher = current =>
            {
                var outcome = viewPatcher(current is null ? null : Semantics.BuiltIn.EventConversion.FromCore(current));
                return outcome with { Value = Semantics.BuiltIn.EventConversion.ToCore(outcome.Value) };
            };
        }

        var stored = _service.Modify(request.Storage, request.Namespace, request.Name!, request.Subresource, options, patcher);
        AddWarnings(context, options);
        await WriteObjectAsync(context, 200, type, stored);
    }

    /// <summary>An events.k8s.io body in the core shape storage keeps (validated first in its own shape).</summary>
    private static JsonObject ToStorage(ResourceRequest request, JsonObject body, bool validate)
    {
        if (!request.Converted)
        {
            return body;
        }

        var errors = new List<FieldError>();
        if (validate)
        {
            request.Type.Strategy.Validate(body, null, errors);
        }

        if (errors.Count > 0)
        {
            throw ApiErrors.Invalid(request.Type, JsonFields.String(JsonFields.Metadata(body), "name") ?? string.Empty, errors);
        }

        return Semantics.BuiltIn.EventConversion.ToCore(body);
    }

    private static JsonObject Existing(JsonObject? current, ResourceRequest request) =>
        current ?? throw ApiErrors.NotFound(request.Type, request.Name!);

    private async Task DeleteAsync(HttpContext context, ResourceRequest request)
    {
        var type = request.Type;
        var (stored, deleted) = _service.Delete(request.Storage, request.Namespace, request.Name!, await DeleteOptionsOfAsync(context));
        if (!deleted || type.Strategy is Semantics.BuiltIn.NamespaceStrategy)
        {
            await WriteObjectAsync(context, 200, type, stored);
            return;
        }

        var details = new JsonObject { ["name"] = stored.Name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        details["uid"] = stored.Uid;
        await HttpIo.WriteJsonAsync(context, 200, new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        });
    }

    private static async Task WriteListAsync(HttpContext context, ResourceType type, ListResult result)
    {
        var metadata = new JsonObject { ["resourceVersion"] = result.ResourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (result.Continue is not null)
        {
            metadata["continue"] = result.Continue;
            if (result.RemainingItemCount is { } remaining)
            {
                metadata["remainingItemCount"] = remaining;
            }
        }

        var head = $"{{\"kind\":\"{type.ListKind}\",\"apiVersion\":\"{type.ApiVersion}\",\"metadata\":{metadata.ToJsonString()},\"items\":[";
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes(head));
        for (var i = 0; i < result.Items.Count; i++)
        {
            if (i > 0)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(Render(type, result.Items[i]).Span);
        }

        buffer.Write("]}"u8);
        await HttpIo.WriteJsonAsync(context, 200, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private static Task WriteObjectAsync(HttpContext context, int status, ResourceType type, StoredObject stored) =>
        HttpIo.WriteJsonAsync(context, status, Render(type, stored));

    /// <summary>The object as the requested version shows it (custom resources convert by relabelling only).</summary>
    private static ReadOnlyMemory<byte> Render(ResourceType type, StoredObject stored)
    {
        if (type.Group == "events.k8s.io")
        {
            return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Semantics.BuiltIn.EventConversion.FromCore(stored.Value));
        }

        if (string.Equals(stored.ApiVersion, type.ApiVersion, StringComparison.Ordinal))
        {
            return stored.Json;
        }

        var copy = stored.Copy();
        copy["apiVersion"] = type.ApiVersion;
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(copy);
    }

    private static ListQuery ListQueryOf(HttpContext context, ResourceRequest request)
    {
        var limit = 0;
        if (HttpIo.Query(context, "limit") is { Length: > 0 } text && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit < 0))
        {
            throw ApiErrors.BadRequest($"limit: Invalid value: \"{text}\"");
        }

        return new ListQuery(
            request.Namespace,
            LabelSelector.Parse(HttpIo.Query(context, "labelSelector")),
            FieldSelector.Parse(request.Converted ? Semantics.BuiltIn.EventConversion.CoreFieldSelector(HttpIo.Query(context, "fieldSelector")) : HttpIo.Query(context, "fieldSelector")),
            limit,
            HttpIo.Query(context, "continue"));
    }

    private static WriteOptions WriteOptionsOf(HttpContext context, bool apply)
    {
        var validation = HttpIo.Query(context, "fieldValidation") switch
        {
            null or "" or "Warn" => FieldValidation.Warn,
            "Strict" => FieldValidation.Strict,
            "Ignore" => FieldValidation.Ignore,
            var other => throw ApiErrors.BadRequest($"fieldValidation: Invalid value: \"{other}\": fieldValidation must be one of \"Ignore\", \"Warn\", or \"Strict\""),
        };
        var manager = HttpIo.Query(context, "fieldManager");
        if (string.IsNullOrEmpty(manager))
        {
            if (apply)
            {
                throw ApiErrors.BadRequest("PATCH, fieldManager: Required value: is required for apply patch");
            }

            var agent = context.Request.Headers.UserAgent.ToString();
            var slash = agent.IndexOf('/', StringComparison.Ordinal);
            manager = slash > 0 ? agent[..slash] : agent.Length > 0 ? agent : "unknown";
        }

        var force = HttpIo.QueryBool(context, "force");
        if (force && !apply)
        {
            throw ApiErrors.BadRequest("force: Invalid value: true: may not be specified for non-apply patch");
        }

        return new WriteOptions
        {
            FieldManager = manager,
            Validation = validation,
            DryRun = HttpIo.Query(context, "dryRun") == "All",
            Force = force,
        };
    }

    private static async Task<DeleteOptions> DeleteOptionsOfAsync(HttpContext context)
    {
        var body = HttpIo.ParseJson(await HttpIo.ReadBodyAsync(context), "error decoding DeleteOptions") as JsonObject;
        var policy = HttpIo.Query(context, "propagationPolicy") ?? JsonFields.String(body, "propagationPolicy");
        if (policy is null && (HttpIo.Query(context, "orphanDependents") == "true" || (body?["orphanDependents"] is JsonValue orphan && (bool?)orphan == true)))
        {
            policy = "Orphan";
        }

        var preconditions = JsonFields.Object(body, "preconditions");
        var dryRun = HttpIo.Query(context, "dryRun") == "All" || JsonFields.Strings(JsonFields.Array(body, "dryRun")).Contains("All");
        return new DeleteOptions(policy, JsonFields.String(preconditions, "uid"), JsonFields.String(preconditions, "resourceVersion"), dryRun);
    }

    private static void AddWarnings(HttpContext context, WriteOptions options)
    {
        foreach (var warning in options.Warnings)
        {
            var quoted = "\"" + warning.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            context.Response.Headers.Append("Warning", "299 - " + quoted);
        }
    }
}
