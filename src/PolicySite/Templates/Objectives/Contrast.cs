using System.Globalization;

namespace PolicySite.Templates.Objectives;

/// <summary>WCAG 2.2 contrast ratio of two <c>#rrggbb</c> colours (1 to 21).</summary>
public static class Contrast
{
    /// <summary>What WCAG 2.2 AA asks of normal-size text (1.4.3).</summary>
    public const double TextMinimum = 4.5;

    public static double Ratio(string first, string second)
    {
        var a = Luminance(first);
        var b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    public static bool IsHexColour(string value) =>
        value.Length == 7 && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
