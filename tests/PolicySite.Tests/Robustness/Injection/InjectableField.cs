using System.Collections;
using System.Reflection;
using PolicySite.Configuration;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicySite.Tests.Robustness.Injection;

/// <summary>
/// A field of a site file that holds text: a string, or a list of strings (its first item). Found
/// by reflection over the records the build reads, so a field added to them is swept automatically.
/// Lists of records (organisers, tables, rows) are entered through their first item.
/// </summary>
internal sealed record InjectableField(string File, IReadOnlyList<PropertyInfo> Path)
{
    /// <summary>The key path as it is written in YAML, e.g. <c>venue.street_address</c>.</summary>
    public string Key => string.Join(".", Path.Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)));

    public override string ToString() => $"{File}: {Key}";

    /// <summary>Every text field of <paramref name="files"/>.</summary>
    public static IReadOnlyList<InjectableField> In(IEnumerable<SiteFile> files) =>
        files.SelectMany(file => Walk(file.Value.GetType(), []).Select(path => new InjectableField(file.Path, path))).ToList();

    /// <summary>Puts <paramref name="payload"/> into this field of the matching file of <paramref name="files"/>.</summary>
    public void Inject(IEnumerable<SiteFile> files, string payload)
    {
        var target = files.Single(f => f.Path == File).Value;
        for (var i = 0; i < Path.Count; i++)
        {
            target = FirstItemOf(target);
            var property = Path[i];
            if (i < Path.Count - 1)
            {
                target = property.GetValue(target) ?? throw new InvalidOperationException($"{this}: {property.Name} has no value in the base site");
            }
            else if (property.PropertyType == typeof(string))
            {
                // Records' init-only properties can still be set by reflection: the base site is made fresh for each test.
                property.SetValue(target, payload);
            }
            else
            {
                var list = (List<string>)(property.GetValue(target) ?? throw new InvalidOperationException($"{this} has no value in the base site"));
                list[0] = payload;
            }
        }
    }

    private static object FirstItemOf(object value) =>
        value is IList list ? list[0] ?? throw new InvalidOperationException("a null item") : value;

    private static IEnumerable<IReadOnlyList<PropertyInfo>> Walk(Type type, IReadOnlyList<PropertyInfo> prefix)
    {
        var itemType = ItemType(type) ?? type;
        foreach (var property in itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).OrderBy(p => p.MetadataToken))
        {
            IReadOnlyList<PropertyInfo> path = [.. prefix, property];
            var propertyType = property.PropertyType;
            if (propertyType == typeof(string) || propertyType == typeof(List<string>))
            {
                yield return path;
            }
            else if ((ItemType(propertyType) ?? propertyType).Assembly == typeof(SiteConfig).Assembly)
            {
                foreach (var inner in Walk(propertyType, path))
                {
                    yield return inner;
                }
            }
        }
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
}
