using System.Runtime.InteropServices;

namespace PolicySite.Output;

/// <summary>
/// Creates hard links: a second name for an existing file, sharing its inode, bytes and
/// modification time. .NET 10 has no API for it (File.CreateHardLink arrives in .NET 11), so
/// this calls the operating system: <c>link(2)</c> on Unix, <c>CreateHardLinkW</c> on Windows.
/// </summary>
internal static partial class HardLink
{
    /// <summary>
    /// Makes <paramref name="link"/> a new name for <paramref name="existing"/>. False when the file
    /// system refuses (no hard links on FAT or some network shares, another volume, too many links)
    /// or the platform has neither call: the caller then writes the file instead.
    /// </summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
