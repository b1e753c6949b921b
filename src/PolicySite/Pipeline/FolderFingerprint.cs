using System.Security.Cryptography;
using System.Text;

namespace PolicySite.Pipeline;

/// <summary>
/// A hash of every file in a folder (relative path and bytes), seen as the Load stage sees the
/// folder: recursively, without hidden files and symbolic links. Equal fingerprints mean the
/// Load stage would read the same thing, so its result can be reused.
/// </summary>
internal static class FolderFingerprint
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
        IgnoreInaccessible = false,
    };

    /// <summary>The folder's fingerprint; null when it could not be read whole (then nothing may be reused).</summary>
    public static string? Of(string directory)
    {
        if (!Directory.Exists(directory))
        {
            // A missing folder is a state of its own, and the Load stage reports it the same way each time.
            return "missing";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", Enumeration).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(path);
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, path)));
                // The length between name and content keeps "a" + "bc" apart from "ab" + "c".
                hash.AppendData(BitConverter.GetBytes(bytes.LongLength));
                hash.AppendData(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
