using System.Text.Json;
using Microsoft.Playwright;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// Times keystrokes in the search page from inside the page, on its own clock
/// (<c>performance.now()</c>), so that Playwright's round trips to the browser are not counted:
/// the keystroke is the keydown's own time stamp; the results are shown when
/// <c>#search-results</c> mutates. search.js is not changed: the probe is a script Playwright adds
/// before the page's own (the page's Content-Security-Policy does not govern it) that listens to
/// the same events and watches the same elements a reader sees.
/// </summary>
internal static class KeystrokeProbe
{
    /// <summary>
    /// Installed in every page of the context before its scripts run. One keystroke at a time:
    /// the runner waits (<see cref="NextAsync"/>) for the results of one before it types the next.
    /// </summary>
    public const string Script = """
        (() => {
          const bench = window.__searchBench = { current: null, waiter: null };
          // A whole run in one page must not lose the index files' timings to the default buffer of 250.
          performance.setResourceTimingBufferSize(100000);

          // search.js writes the query into the address bar when its typing pause ends, right before it
          // searches: the one outward sign of the pause's end, which separates the pause from the work.
          const replaceState = history.replaceState;
          history.replaceState = function () {
            const c = bench.current;
            if (c && c.runAt === undefined) {
              c.runAt = performance.now();
            }
            return replaceState.apply(this, arguments);
          };

          const isBox = target => target && target.id === 'search-page-input';
          document.addEventListener('keydown', e => {
            if (isBox(e.target)) {
              // The event's time stamp is when the browser received the key, before the page's task ran.
              bench.current = { key: e.key, keyAt: e.timeStamp, keyHandledAt: performance.now() };
            }
          }, true);
          document.addEventListener('input', e => {
            if (!isBox(e.target)) {
              return;
            }
            // A character that is not on the keyboard layout is inserted as text, without a keydown.
            if (!bench.current || bench.current.inputAt !== undefined) {
              bench.current = { key: null, keyAt: e.timeStamp, keyHandledAt: performance.now() };
            }
            bench.current.inputAt = e.timeStamp;
            bench.current.value = e.target.value;
          }, true);

          document.addEventListener('DOMContentLoaded', () => {
            const list = document.getElementById('search-results');
            const status = document.getElementById('search-status');
            const loading = document.querySelector('[data-search-page]').getAttribute('data-text-loading');
            new MutationObserver(() => {
              const c = bench.current;
              if (c && c.runAt !== undefined && c.listAt === undefined) {
                c.listAt = performance.now();
              }
            }).observe(list, { childList: true });
            // search.js announces the count in the live region right after it filled the list: the
            // search for this keystroke is over. (Between two empty result lists it is the only change.)
            new MutationObserver(() => {
              const c = bench.current;
              if (!c || c.runAt === undefined || c.statusAt !== undefined || status.textContent === loading) {
                return;
              }
              c.statusAt = performance.now();
              c.status = status.textContent;
              c.results = list.children.length;
              // The next frame's task: the results laid out and painted.
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  c.paintedAt = performance.now();
                  bench.check();
                };
                channel.port2.postMessage(0);
              });
            }).observe(status, { childList: true, characterData: true, subtree: true });
          });

          // The index files (search/*.json) fetched between the keystroke and its results: how many,
          // how large, and for how long at least one of them was on its way.
          function indexFetches(c, end) {
            const files = performance.getEntriesByType('resource')
              .filter(r => /\/search\/[^/]+\.json$/.test(new URL(r.name).pathname) && r.responseEnd > c.keyAt && r.startTime < end);
            let busy = 0;
            let until = c.keyAt;
            files.map(r => [Math.max(r.startTime, c.keyAt), Math.min(r.responseEnd, end)])
              .sort((a, b) => a[0] - b[0])
              .forEach(([from, to]) => {
                if (to > until) {
                  busy += to - Math.max(from, until);
                  until = to;
                }
              });
            return { files: files.length, bytes: files.reduce((sum, r) => sum + r.encodedBodySize, 0), ms: busy };
          }

          bench.check = () => {
            const w = bench.waiter;
            const c = bench.current;
            if (!w || !c || c.value !== w.value || c.paintedAt === undefined) {
              return;
            }
            bench.waiter = null;
            const fetched = indexFetches(c, c.listAt !== undefined ? c.listAt : c.statusAt);
            w.resolve(JSON.stringify({
              value: c.value, keyAt: c.keyAt, keyHandledAt: c.keyHandledAt, inputAt: c.inputAt, runAt: c.runAt,
              listAt: c.listAt === undefined ? null : c.listAt, statusAt: c.statusAt, paintedAt: c.paintedAt,
              results: c.results, status: c.status,
              indexFiles: fetched.files, indexBytes: fetched.bytes, indexFetchMs: fetched.ms
            }));
          };
          bench.next = value => new Promise(resolve => {
            bench.waiter = { value, resolve };
            bench.check();
          });
        })();
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Waits until the search box holds <paramref name="value"/> and its results are shown, and returns the keystroke's times.</summary>
    public static async Task<KeystrokeTiming> NextAsync(IPage page, string value, TimeSpan timeout)
    {
        var json = await page.EvaluateAsync<string>("value => window.__searchBench.next(value)", value).WaitAsync(timeout);
        return JsonSerializer.Deserialize<KeystrokeTiming>(json, Json)
            ?? throw new InvalidOperationException("the page reported no timing");
    }
}
