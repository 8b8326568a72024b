using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Runtime.Tests.Cache;

public sealed class ObjectStoreTests
{
    private readonly ObjectStore<V1ConfigMap> _store = new();

    public ObjectStoreTests()
    {
        _store.AddIndexer("target", c => c.Data is { } data && data.TryGetValue("target", out var t) ? [t] : []);
    }

    [Fact]
    public void ByIndex_ObjectsPointingAtTheSameValue_AreAllFound()
    {
        _store.Upsert(Map("ns", "a", "s1"));
        _store.Upsert(Map("ns", "b", "s1"));
        _store.Upsert(Map("ns", "c", "s2"));

        Assert.Equal(["a", "b"], _store.ByIndex("target", "s1").Select(c => c.Metadata.Name).Order());
        Assert.Empty(_store.ByIndex("target", "none"));
    }

    [Fact]
    public void Upsert_IndexedValueChanges_MovesTheObjectInTheIndex()
    {
        _store.Upsert(Map("ns", "a", "s1"));
        _store.Upsert(Map("ns", "a", "s2"));

        Assert.Empty(_store.ByIndex("target", "s1"));
        Assert.Single(_store.ByIndex("target", "s2"));
    }

    [Fact]
    public void Remove_Object_LeavesEveryIndex()
    {
        _store.Upsert(Map("ns", "a", "s1"));
        _store.Remove(new ObjectKey("ns", "a"));

        Assert.Empty(_store.ByIndex("target", "s1"));
        Assert.Empty(_store.List("ns"));
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public void AddIndexer_AfterObjectsAreCached_IndexesThem()
    {
        _store.Upsert(Map("ns", "a", "s1"));
        _store.AddIndexer("name", c => [c.Metadata.Name]);

        Assert.Single(_store.ByIndex("name", "a"));
    }

    [Fact]
    public void List_ByNamespace_ReturnsOnlyThatNamespace()
    {
        _store.Upsert(Map("one", "a", "s"));
        _store.Upsert(Map("two", "b", "s"));

        Assert.Equal("a", Assert.Single(_store.List("one")).Metadata.Name);
        Assert.Equal(2, _store.List().Count);
    }

    [Fact]
    public void Replace_NewList_ReportsAddedUpdatedAndDeleted()
    {
        _store.Upsert(Map("ns", "kept", "s", "1"));
        _store.Upsert(Map("ns", "changed", "s", "1"));
        _store.Upsert(Map("ns", "gone", "s", "1"));

        var delta = _store.Replace([Map("ns", "kept", "s", "1"), Map("ns", "changed", "s", "2"), Map("ns", "new", "s", "3")]);

        Assert.Equal("new", Assert.Single(delta.Added).Metadata.Name);
        Assert.Equal("changed", Assert.Single(delta.Updated).New.Metadata.Name);
        Assert.Equal("gone", Assert.Single(delta.Deleted).Metadata.Name);
        Assert.Equal(3, _store.Count);
        Assert.Empty(_store.ByIndex("target", "gone"));
    }

    private static V1ConfigMap Map(string ns, string name, string target, string version = "1") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, ResourceVersion = version },
        Data = new Dictionary<string, string> { ["target"] = target },
    };
}
