namespace PolicySite.Cli.Internal.Preview;

/// <summary>The preview could not start listening (port taken, address not on this machine); the message says what to do.</summary>
internal sealed class PreviewStartException(string message, Exception? inner = null) : Exception(message, inner);
