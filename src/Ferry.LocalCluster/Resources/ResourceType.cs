using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Resources;

/// <summary>One served resource at one group/version: what discovery advertises and how requests map to storage.</summary>
internal sealed class ResourceType
{
    public required string Group { get; init; }

    public required string Version { get; init; }

    public required string Kind { get; init; }

    public required string Plural { get; init; }

    public required string Singular { get; init; }

    public required bool Namespaced { get; init; }

    public required ResourceStrategy Strategy { get; init; }

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Subresource names besides the item itself, e.g. <c>status</c> or <c>token</c>.</summary>
    public IReadOnlyList<string> Subresources { get; init; } = [];

    public IReadOnlyList<string> Verbs { get; init; } = StandardVerbs;

    /// <summary>Whether the group/version is only served, not stored (custom resources in non-storage versions).</summary>
    public bool Served { get; init; } = true;

    /// <summary>The OpenAPI schema served for this kind (custom resources), for <c>kubectl explain</c>.</summary>
    public System.Text.Json.Nodes.JsonObject? Schema { get; init; }

    /// <summary>The Table columns of a custom resource version (null: the built-in printer for the kind).</summary>
    public IReadOnlyList<Printing.TableColumn>? Columns { get; init; }

    /// <summary>The columns <c>kubectl get</c> shows, as kube-apiserver's printers define them.</summary>
    public IReadOnlyList<Printing.TableColumn> PrinterColumns => Columns ?? Printing.TableColumns.BuiltIn(Group, Kind);

    public static IReadOnlyList<string> StandardVerbs { get; } =
        ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    public string ListKind => Kind + "List";

    public bool HasStatus => Subresources.Contains("status");

    /// <summary>The storage key: one table per group and resource, shared by every version of it.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : Plural + "." + Group;

    /// <summary>How error messages name the kind, e.g. <c>Secret</c> or <c>Lease.coordination.k8s.io</c>.</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : Kind + "." + Group;

    public bool Supports(string verb) => Verbs.Contains(verb);
}
