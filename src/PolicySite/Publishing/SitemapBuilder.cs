using System.Text;
using System.Xml;

namespace PolicySite.Publishing;

/// <summary>Writes <c>sitemap.xml</c> in the sitemaps.org format, byte for byte the same for the same entries.</summary>
public static class SitemapBuilder
{
    public const string FileName = "sitemap.xml";

    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Build(IEnumerable<SitemapEntry> entries)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, entry.Location);
                if (entry.LastModified is { } lastModified)
                {
                    writer.WriteElementString("lastmod", Namespace, lastModified);
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
