using PolicySite.Diagnostics;
using PolicySite.Emit;

namespace PolicySite.Output;

/// <summary>
/// Stage 7, Write: writes the site into a fresh folder beside the output folder and swaps it in
/// only when every file was written. A failed build leaves the previous output as it was.
/// </summary>
public sealed class AtomicOutputWriter
{
    public bool Run(IReadOnlyList<OutputFile> files, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder cannot be a root folder");
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            var targets = new string[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                var target = Path.GetFullPath(Path.Combine(staging, files[i].Path));
                // Paths come from validated ids, but the writer is the last line of defence:
                // nothing is ever written outside the output folder.
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new IOException($"refusing to write '{files[i].Path}' outside the output folder");
                }
                targets[i] = target;
            }
            foreach (var folder in targets.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder!);
            }
            // Creating thousands of files is mostly the kernel's work, which runs on every core.
            Parallel.For(0, files.Count, i => File.WriteAllBytes(targets[i], files[i].Content));

            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }
            Directory.Move(staging, output);
        }
        catch (Exception ex) when (FileSystemFault(ex) is { } fault)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed,
                $"could not write the output ({fault.Message}); the previous output was left as it was", output);
            TryDelete(staging);
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }
            return false;
        }

        TryDelete(retired);
        return true;
    }

    /// <summary>The file-system error behind <paramref name="ex"/> (the parallel writes wrap theirs), or null for any other failure.</summary>
    private static Exception? FileSystemFault(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate when aggregate.InnerExceptions.All(e => FileSystemFault(e) is not null) => FileSystemFault(aggregate.InnerExceptions[0]),
        _ => null,
    };

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless; the next build does not read it.
        }
    }
}
