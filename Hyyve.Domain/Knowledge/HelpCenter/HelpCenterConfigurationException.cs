namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The portal cannot be read as configured (no token, refused token, unknown portal); the message says what to fix.</summary>
public sealed class HelpCenterConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
