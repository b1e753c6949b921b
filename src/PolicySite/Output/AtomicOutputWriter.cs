using PolicySite.Diagnostics;
using PolicySite.Emit;

namespace PolicySite.Output;

/// <summary>
/// Stage 7, Write: writes the site into a fresh folder beside the output folder
/// (<see cref="OutputStaging"/>) and swaps it in only when every file was written. A failed
/// build leaves the previous output as it was. A build that writes begins the staging folder
/// before rendering, so that each page goes to it as it is rendered (<see cref="Begin"/>), and
/// finishes it with the rest of the files (<see cref="Finish"/>); <see cref="Run"/> does both at once.
/// </summary>
public sealed class AtomicOutputWriter
{
    public bool Run(IReadOnlyList<OutputFile> files, string outputDirectory, DiagnosticBag diagnostics)
    {
        using var staging = Begin(outputDirectory, diagnostics);
        return staging is not null && Finish(staging, files, diagnostics);
    }

    /// <summary>The staging folder for <paramref name="outputDirectory"/>, or null after reporting why it cannot be made.</summary>
    public OutputStaging? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            return OutputStaging.Begin(outputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(ex, Path.GetFullPath(outputDirectory), diagnostics);
            return null;
        }
    }

    /// <summary>
    /// Places <paramref name="files"/> (those not placed yet) in <paramref name="staging"/> and
    /// swaps it in; false after reporting the file-system error that stopped it.
    /// </summary>
    public bool Finish(OutputStaging staging, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        // Creating thousands of files is mostly the kernel's work, which runs on every core.
        Parallel.For(0, files.Count, i => staging.Place(files[i].Path, files[i].Content));
        try
        {
            staging.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(ex, staging.OutputDirectory, diagnostics);
            return false;
        }
    }

    private static void Report(Exception fault, string output, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.OutputWriteFailed,
            $"could not write the output ({fault.Message}); the previous output was left as it was", output);
}
