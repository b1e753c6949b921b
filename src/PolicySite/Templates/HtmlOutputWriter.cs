using System.Text;

namespace PolicySite.Templates;

/// <summary>A <see cref="TextWriter"/> that appends to an <see cref="HtmlOutput"/>, for Markdig's renderer to write a page's body into.</summary>
internal sealed class HtmlOutputWriter(HtmlOutput output) : TextWriter
{
    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => output.Append(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => output.Append(value);

    public override void Write(char[] buffer, int index, int count) => output.Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => output.Append(buffer);
}
