using System.Net;
using Markdig;

// The least a Markdig-based generator does, as a floor to measure PolicySite against: every
// Markdown file under <input>, front matter cut off at its closing fence, to HTML with Markdig's
// heading ids, pipe tables and footnotes, in a fixed HTML shell titled with the file's name, one
// <name>/index.html per file under <output>, on every core. No templates, navigation, links
// between pages, search index or checks.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: markdig-floor <input> <output>");
    return 2;
}
var (input, output) = (args[0], args[1]);
var pipeline = new MarkdownPipelineBuilder().UseAutoIdentifiers().UsePipeTables().UseFootnotes().Build();
var files = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories);
Parallel.ForEach(files, file =>
{
    var text = File.ReadAllText(file);
    if (text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var end and >= 0)
    {
        text = text[(end + "\n---\n".Length)..];
    }
    var title = WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(file));
    var folder = Path.Combine(output, Path.GetRelativePath(input, Path.ChangeExtension(file, null)));
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "index.html"),
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n</head>\n<body>\n<main>\n{Markdown.ToHtml(text, pipeline)}</main>\n</body>\n</html>\n");
});
Console.WriteLine($"{files.Length} pages");
return 0;
