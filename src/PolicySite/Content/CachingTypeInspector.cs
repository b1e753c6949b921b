using System.Collections.Concurrent;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.TypeInspectors;

namespace PolicySite.Content;

/// <summary>
/// The outermost of the deserializer's type inspectors. YamlDotNet caches each type's property
/// list, but asks every property for its converter attribute on every value it reads and for
/// its required attribute on every object, and answers both by reflecting over attributes: a
/// tenth of loading 5,000 pages. This hands out <see cref="CachedPropertyDescriptor"/>s instead,
/// which ask once. Finding a property by name stays YamlDotNet's own (<see cref="TypeInspectorSkeleton.GetProperty"/>),
/// so an unknown key fails with the same message.
/// </summary>
internal sealed class CachingTypeInspector(ITypeInspector inner) : TypeInspectorSkeleton
{
    private readonly ConcurrentDictionary<Type, IPropertyDescriptor[]> _properties = new();

    // The container is ignored, as YamlDotNet's own CachedTypeInspector ignores it: a deserialized type's properties do not depend on an instance.
    public override IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
        _properties.GetOrAdd(type, t => inner.GetProperties(t, null).Select(p => (IPropertyDescriptor)new CachedPropertyDescriptor(p)).ToArray());

    public override string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

    public override string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);

    public override bool HasParseMethod(Type type) => inner.HasParseMethod(type);

    public override object? Parse(string value, Type type) => inner.Parse(value, type);
}
