using System.Security.Cryptography;
using System.Text;
using PolicySite.Templates;

namespace PolicySite.Events;

/// <summary>
/// Stable identifiers for events in calendars and feeds. They must never change for the same
/// event, or a subscribed calendar shows it twice and a feed reader announces it again.
/// </summary>
public static class EventIdentity
{
    /// <summary>The iCalendar UID: "partners-under-pressure@example.org", or "@policysite" when the site has no absolute base URL.</summary>
    public static string Uid(string id, SiteUrls urls) => $"{id}@{Host(urls)}";

    /// <summary>
    /// An Atom id: the absolute URL where there is one. A site built for a path only has no
    /// absolute URL, and an Atom id must be absolute, so it gets a name-based UUID (RFC 9562,
    /// version 5) of <paramref name="name"/> instead, which is just as stable.
    /// </summary>
    public static string AtomId(string relativeUrl, string name, SiteUrls urls) =>
        urls.AbsoluteBase is null ? "urn:uuid:" + NameBasedUuid(name) : urls.Canonical(relativeUrl);

    private static string Host(SiteUrls urls) =>
        urls.AbsoluteBase is { } absolute ? new Uri(absolute).Host : "policysite";

    private static string NameBasedUuid(string name)
    {
        // The URL namespace of RFC 9562, appendix A.
        byte[] urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        var hash = SHA1.HashData([.. urlNamespace, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
