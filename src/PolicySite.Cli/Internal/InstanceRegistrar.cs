using Spectre.Console.Cli;

namespace PolicySite.Cli.Internal;

/// <summary>
/// The smallest type registrar Spectre.Console.Cli needs: registered instances and types (a
/// service may have several; <c>IEnumerable&lt;T&gt;</c> resolves to all of them), and
/// everything else constructed from them. It lets tests hand the commands a recording console.
/// </summary>
internal sealed class InstanceRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, factory);

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }
        if (_factories.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GenericTypeArguments[0];
            var all = _factories.GetValueOrDefault(element) ?? [];
            var array = Array.CreateInstance(element, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i](), i);
            }
            return array;
        }
        return type.IsInterface || type.IsAbstract ? null : Create(type);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            _factories[service] = list = [];
        }
        list.Add(factory);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }
}
