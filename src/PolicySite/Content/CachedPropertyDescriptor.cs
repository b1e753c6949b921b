using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace PolicySite.Content;

/// <summary>
/// A property as YamlDotNet describes it, with the facts it reads from attributes (converter,
/// required, nullable) read once instead of on every use, nullability only when first asked;
/// see <see cref="CachingTypeInspector"/>.
/// </summary>
internal sealed class CachedPropertyDescriptor(IPropertyDescriptor inner) : IPropertyDescriptor
{
    public string Name => inner.Name;

    // 0 until asked, then 1 (no) or 2 (yes). Asked only when a key's value is null: reading a
    // property's nullability is the costliest reflection here (in Native AOT a tenth of reading
    // the policy site's YAML), and most properties never meet a null.
    private int _allowNulls;

    public bool AllowNulls
    {
        get
        {
            var known = Volatile.Read(ref _allowNulls);
            if (known == 0)
            {
                known = inner.AllowNulls ? 2 : 1;
                Volatile.Write(ref _allowNulls, known);
            }
            return known == 2;
        }
    }

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
