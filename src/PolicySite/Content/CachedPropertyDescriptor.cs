using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace PolicySite.Content;

/// <summary>
/// A property as YamlDotNet describes it, with the facts it reads from attributes (converter,
/// required, nullable) read once instead of on every use; see <see cref="CachingTypeInspector"/>.
/// </summary>
internal sealed class CachedPropertyDescriptor(IPropertyDescriptor inner) : IPropertyDescriptor
{
    public string Name => inner.Name;

    public bool AllowNulls { get; } = inner.AllowNulls;

    public bool CanWrite => inner.CanWrite;

    public Type Type => inner.Type;

    public Type? TypeOverride
    {
        get => inner.TypeOverride;
        set => inner.TypeOverride = value;
    }

    public int Order
    {
        get => inner.Order;
        set => inner.Order = value;
    }

    public ScalarStyle ScalarStyle
    {
        get => inner.ScalarStyle;
        set => inner.ScalarStyle = value;
    }

    public bool Required { get; } = inner.Required;

    public Type? ConverterType { get; } = inner.ConverterType;

    public T? GetCustomAttribute<T>() where T : Attribute => inner.GetCustomAttribute<T>();

    public IObjectDescriptor Read(object target) => inner.Read(target);

    public void Write(object target, object? value) => inner.Write(target, value);
}
