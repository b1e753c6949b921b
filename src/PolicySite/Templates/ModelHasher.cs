using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PolicySite.Templates;

/// <summary>
/// Feeds a template model into a hash: strings and numbers as text, lists item by item,
/// dictionaries entry by entry, and any other object property by property (the models are
/// records of such values). Written by hand rather than with System.Text.Json, whose reflection
/// is not available in the Native AOT binary; our own assemblies keep their metadata there.
/// </summary>
internal static class ModelHasher
{
    // Every page's model is walked on every preview rebuild: each type's properties are looked up once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Append(IncrementalHash hash, object? value, int depth = 0)
    {
        // Models are shallow; a deeper one means a cycle, which no model should have.
        if (depth > 64)
        {
            throw new InvalidOperationException("a template model nests more than 64 levels deep; it must not refer back to itself");
        }
        switch (value)
        {
            case null:
                hash.AppendData("\0n"u8);
                return;
            case string text:
                Text(hash, "s", text);
                return;
            case RawHtml raw:
                Text(hash, "h", raw.Chars);
                return;
            case bool or char or Enum or DateTime or DateTimeOffset or TimeSpan or Guid:
            case IFormattable when value.GetType().IsPrimitive || value is decimal:
                Text(hash, value.GetType().Name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return;
            case IDictionary<string, object?> map:
                // Scriban's ScriptObject (the `generated` map) is one of these.
                hash.AppendData("\0{"u8);
                foreach (var (key, item) in map)
                {
                    Text(hash, "k", key);
                    Append(hash, item, depth + 1);
                }
                hash.AppendData("\0}"u8);
                return;
            case IDictionary dictionary:
                hash.AppendData("\0{"u8);
                foreach (DictionaryEntry entry in dictionary)
                {
                    Append(hash, entry.Key, depth + 1);
                    Append(hash, entry.Value, depth + 1);
                }
                hash.AppendData("\0}"u8);
                return;
            case IEnumerable items:
                hash.AppendData("\0["u8);
                foreach (var item in items)
                {
                    Append(hash, item, depth + 1);
                }
                hash.AppendData("\0]"u8);
                return;
        }
        var type = value.GetType();
        Text(hash, "o", type.FullName ?? type.Name);
        foreach (var property in Properties.GetOrAdd(type, PropertiesOf))
        {
            Text(hash, "p", property.Name);
            Append(hash, property.GetValue(value), depth + 1);
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();

    private static void Text(IncrementalHash hash, string kind, ReadOnlySpan<char> text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"\0{kind}{text.Length}:"));
        hash.AppendData(Output.Utf8Bytes.Of(text));
    }
}
