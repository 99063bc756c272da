using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Hyyve.IntegrationTests.Infrastructure.SkipAwareTestFramework", "Hyyve.IntegrationTests")]

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>
/// xunit 2's own framework, except that a test failing with <see cref="SkipException"/> anywhere in its exception chain
/// (a missing PostgreSQL or evaluation set outside CI) is reported as skipped with the exception's message, so a local
/// run says "skipped" and why, while on CI (where no <see cref="SkipException"/> is thrown) it fails. Test projects that
/// share this infrastructure register it with the same assembly attribute.
/// </summary>
public sealed class SkipAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(testCases, new SkippingSink(executionMessageSink), executionOptions);
    }

    /// <summary>Turns the failure of a test that could not run into its skip; every other message passes unchanged.</summary>
    private sealed class SkippingSink(IMessageSink inner) : LongLivedMarshalByRefObject, IMessageSink
    {
        private static readonly string SkipType = typeof(SkipException).FullName!;

        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed && Array.IndexOf(failed.ExceptionTypes, SkipType) is var index and >= 0)
            {
                return inner.OnMessage(new TestSkipped(failed.Test, failed.Messages[index]));
            }

            return inner.OnMessage(message);
        }
    }
}
