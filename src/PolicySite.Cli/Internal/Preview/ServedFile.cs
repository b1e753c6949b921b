namespace PolicySite.Cli.Internal.Preview;

/// <summary>A file as the preview serves it: its bytes (HTML with the live-reload script added) and its Content-Type.</summary>
internal sealed record ServedFile(byte[] Content, string ContentType);
