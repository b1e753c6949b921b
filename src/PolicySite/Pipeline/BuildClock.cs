using System.Globalization;

namespace PolicySite.Pipeline;

/// <summary>
/// Decides the build's "now": <c>--now</c>, else <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds
/// convention), else the clock. The same input and the same now give byte-identical output.
/// </summary>
public static class BuildClock
{
    /// <summary>
    /// ISO 8601 as <c>--now</c> is usually written, read by pattern before anything else. The
    /// general parser, <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, DateTimeStyles, out DateTimeOffset)"/>,
    /// compares text with the culture's rules, and so does a pattern's unquoted separator (the
    /// parser checks whether "GMT" follows it): the first such comparison has ICU build a
    /// collator, some 10 ms on the policy site's start-up path, where the build waits for it.
    /// Quoted, every separator is matched character by character.
    /// </summary>
    private static readonly string[] IsoForms =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK",
        "yyyy'-'MM'-'dd'T'HH':'mmK",
        "yyyy'-'MM'-'dd",
    ];

    public static bool TryResolve(string? now, string? sourceDateEpoch, Func<DateTimeOffset> clock, out DateTimeOffset result, out string? error)
    {
        error = null;
        if (!string.IsNullOrWhiteSpace(now))
        {
            if (DateTimeOffset.TryParseExact(now, IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result)
                || DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result))
            {
                return true;
            }
            error = $"--now '{now}' is not an ISO-8601 date and time (e.g. 2018-05-15T12:00:00Z)";
            return false;
        }
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                result = DateTimeOffset.FromUnixTimeSeconds(seconds);
                return true;
            }
            result = default;
            error = $"SOURCE_DATE_EPOCH '{sourceDateEpoch}' is not a number of seconds since 1970";
            return false;
        }
        result = clock();
        return true;
    }
}
