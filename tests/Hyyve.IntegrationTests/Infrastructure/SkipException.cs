namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>A missing dependency outside CI. xunit 2 has no dynamic skip, so the message names the cause.</summary>
public sealed class SkipException(string message) : Exception(message);
