using AngleSharp.Dom;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>
/// The repository's real site built once for a class of event tests, for an absolute base URL
/// under a sub-path (as Netlify builds it), long after the 2018 event.
/// </summary>
public sealed class RealEventSite : IDisposable
{
    public const string BaseUrl = "https://example.org/policy/";

    public const string EventPage = "events/partners-under-pressure/index.html";

    public const string EventCalendar = "events/partners-under-pressure/partners-under-pressure.ics";

    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public RealEventSite()
    {
        Fixture = SiteFixture.FromRepository();
        Result = Fixture.Build(baseUrl: BaseUrl, now: Now);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException(
                "The real site did not build:\n" + string.Join("\n", Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)));
        }
    }

    public SiteFixture Fixture { get; }

    public BuildResult Result { get; }

    public IDocument Page(string path) => Fixture.Page(path);

    public string Text(string path) => File.ReadAllText(Fixture.PathOf(Path.Combine("output", path)));

    public bool Exists(string path) => File.Exists(Fixture.PathOf(Path.Combine("output", path)));

    public void Dispose() => Fixture.Dispose();
}
