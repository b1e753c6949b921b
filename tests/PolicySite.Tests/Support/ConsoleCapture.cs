using System.Text;

namespace PolicySite.Tests.Support;

/// <summary>
/// Catches whatever code under test writes to <see cref="Console.Out"/> and <see cref="Console.Error"/>
/// behind the command's own console, such as a stack trace printed by a last-resort handler. The
/// console is shared by every test running in parallel, so writes are routed by the flow of
/// execution that made them (an <see cref="AsyncLocal{T}"/>, which follows the build into its
/// parallel loops): each capture sees its own writes only, and everyone else's pass through.
/// </summary>
public static class ConsoleCapture
{
    private static readonly AsyncLocal<StringBuilder?> Current = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Runs <paramref name="action"/> and returns its result with everything it wrote to the process's console.</summary>
    public static (T Result, string Written) Run<T>(Func<T> action)
    {
        Install();
        var written = new StringBuilder();
        Current.Value = written;
        try
        {
            var result = action();
            lock (written)
            {
                return (result, written.ToString());
            }
        }
        finally
        {
            Current.Value = null;
        }
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            Console.SetOut(new RoutingWriter(Console.Out));
            Console.SetError(new RoutingWriter(Console.Error));
            _installed = true;
        }
    }

    private sealed class RoutingWriter(TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value) => Route(value);

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void Flush() => original.Flush();

        private void Route(string? text)
        {
            if (Current.Value is { } capture)
            {
                lock (capture)
                {
                    capture.Append(text);
                }
            }
            else
            {
                original.Write(text);
            }
        }
    }
}
