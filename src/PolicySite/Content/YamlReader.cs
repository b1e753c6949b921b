using PolicySite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicySite.Content;

/// <summary>
/// Deserializes YAML into typed records and turns every problem into a diagnostic at the
/// right line of the original file: unknown keys, wrong types, missing required fields and
/// duplicate keys are all errors, never silent defaults.
/// </summary>
internal static class YamlReader
{
    // One deserializer for the whole process: building it reflects over the types, and it is
    // safe to share between threads.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .WithDuplicateKeyChecking()
        .WithTypeInspector(inner => new CachingTypeInspector(inner))
        .WithObjectFactory(new RecordObjectFactory())
        .Build();

    /// <summary>
    /// Reads <paramref name="yaml"/>, which starts at line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Returns null (and reports) when the YAML does not fit <typeparamref name="T"/>.
    /// </summary>
    public static T? Read<T>(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
        where T : class
    {
        if (yaml.Contains('\t') && TabIndentation(yaml) is { } tabLine)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                "YAML does not allow tabs for indentation; indent with spaces",
                file, firstLine + tabLine - 1, 1);
            return null;
        }

        try
        {
            var value = Deserializer.Deserialize<T>(yaml);
            if (value is null)
            {
                diagnostics.Error(DiagnosticCodes.YamlMissingField,
                    $"the YAML is empty; it must describe a {Describe(typeof(T))}", file, firstLine, 1);
            }
            return value;
        }
        catch (YamlException ex)
        {
            var (code, message) = Classify(ex, KeyAt(yaml, ex.Start));
            diagnostics.Error(code, message, file, firstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column);
            return null;
        }
    }

    private static int? TabIndentation(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line[..indent].Contains('\t'))
            {
                return i + 1;
            }
        }
        return null;
    }

    /// <summary>The key on the line where the error starts, so that a message about a value can name its key.</summary>
    private static string? KeyAt(string yaml, Mark start)
    {
        var lines = yaml.Split('\n');
        if (start.Line < 1 || start.Line > lines.Length)
        {
            return null;
        }
        var line = lines[start.Line - 1].TrimStart(' ', '-');
        var colon = line.IndexOf(':');
        return colon > 0 ? line[..colon].Trim() : null;
    }

    private static (string Code, string Message) Classify(YamlException ex, string? key)
    {
        // YamlDotNet wraps the real cause; the innermost message is the one that names the problem.
        var inner = ex;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }
        var message = inner.InnerException?.Message ?? inner.Message;

        if (message.Contains("not found on type", StringComparison.Ordinal))
        {
            var unknown = Between(message, "Property '", "'");
            return (DiagnosticCodes.YamlUnknownKey,
                $"unknown key '{unknown}'; check its spelling against the README's list of keys, or remove it");
        }
        if (message.Contains("required", StringComparison.OrdinalIgnoreCase) && message.Contains("missing", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Missing properties", StringComparison.Ordinal))
        {
            return (DiagnosticCodes.YamlMissingField, $"{message.TrimEnd('.')}; add the missing key");
        }
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return (DiagnosticCodes.YamlSyntax, $"{message.TrimEnd('.')}; keep one of them");
        }
        if (ex is SyntaxErrorException || ex is SemanticErrorException)
        {
            // YamlDotNet says what the scanner found, not what to change; the usual causes are these.
            return (DiagnosticCodes.YamlSyntax,
                $"malformed YAML: {message.TrimEnd('.')}; fix the syntax here: put a value that contains ': ' or '#' in quotes, close every quote, and indent nested keys with spaces");
        }
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase))
        {
            return (DiagnosticCodes.YamlMissingField, $"{message.TrimEnd('.')}; give it a value");
        }
        var which = key is null ? "a value" : $"the value of '{key}'";
        // YamlDotNet's messages about types name .NET types; say what the reader needs instead.
        var detail = message.Contains("System.", StringComparison.Ordinal) ? "it is not of the expected kind" : message.TrimEnd('.');
        return (DiagnosticCodes.YamlInvalidValue, $"{which} is not valid: {detail}; check the value's type (text, number, date or list)");
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            return text;
        }
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    private static string Describe(Type type) =>
        UnderscoredNamingConvention.Instance.Apply(type.Name).Replace('_', ' ');
}
