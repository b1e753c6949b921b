namespace PolicySite.Publishing;

/// <summary>
/// The HTTP security headers the site is served with: the one source of truth for every place
/// that serves or publishes it (the preview server sends them; the host's <c>_headers</c> file
/// is generated from them), so the preview runs under the same Content-Security-Policy as
/// production and a theme change that breaks it shows up before it is published.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the site's own files, no inline scripts or styles, no plugins, no framing. The theme
    /// keeps to it (DESIGN.md: no inline scripts or styles, no third-party requests); images may
    /// also be <c>data:</c> URLs, which CSS icons use.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string ContentTypeOptions = "nosniff";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    /// <summary>
    /// One year, this host only: <c>includeSubDomains</c> would bind every other site under the
    /// publisher's domain, which is not this site's decision to make.
    /// </summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>The headers for a response, in a stable order.</summary>
    /// <param name="httpsProduction">
    /// True only where the site is published over https. HSTS then tells browsers to use https
    /// from now on; over plain http (the local preview) browsers ignore it at best, and at worst
    /// it would pin <c>localhost</c> to https for a year, so it is left out.
    /// </param>
    public static IReadOnlyList<Header> For(bool httpsProduction)
    {
        List<Header> headers =
        [
            new("Content-Security-Policy", ContentSecurityPolicy),
            new("X-Content-Type-Options", ContentTypeOptions),
            new("Referrer-Policy", ReferrerPolicy),
            new("Permissions-Policy", PermissionsPolicy),
        ];
        if (httpsProduction)
        {
            headers.Add(new("Strict-Transport-Security", StrictTransportSecurity));
        }
        return headers;
    }

    /// <summary>One response header.</summary>
    public sealed record Header(string Name, string Value);
}
