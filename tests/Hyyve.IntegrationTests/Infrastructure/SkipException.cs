namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>
/// A missing dependency outside CI. xunit 2 has no dynamic skip: <see cref="SkipAwareTestFramework"/> reports a test
/// that fails with this exception (directly, or from a fixture) as skipped, with this message as the reason.
/// </summary>
public sealed class SkipException(string message) : Exception(message);
