// A test that cannot find PostgreSQL outside CI is reported as skipped with the reason, as in Hyyve.IntegrationTests.
[assembly: TestFramework("Hyyve.IntegrationTests.Infrastructure.SkipAwareTestFramework", "Hyyve.IntegrationTests")]
