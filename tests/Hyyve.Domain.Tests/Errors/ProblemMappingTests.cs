using System.Text.Json;
using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Tests.Errors;

public sealed class ProblemMappingTests
{
    public static TheoryData<Exception, int> Cases => new()
    {
        { new ValidationFailedException("accountId", "must be positive"), 400 },
        { new JsonException("bad json"), 400 },
        { new NotFoundException("no such tenant"), 404 },
        { new ConflictException("not dead"), 409 },
        { new UpstreamException("chatwoot", 502, "chatwoot failed"), 502 },
        { new TimeoutException("slow database"), 503 },
        { new InvalidOperationException("secret internals"), 500 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_maps_each_exception_to_its_status(Exception exception, int status)
    {
        Assert.Equal(status, ProblemMapping.For(exception).Status);
    }

    [Fact]
    public void A_validation_problem_names_the_field_to_fix()
    {
        var problem = ProblemMapping.For(new ValidationFailedException("projects[0].inboxId", "Inbox 9 does not exist."));

        Assert.Equal(("projects[0].inboxId", "Inbox 9 does not exist."), (problem.Field, problem.Detail));
    }

    [Fact]
    public void An_unexpected_error_does_not_show_its_message()
    {
        var problem = ProblemMapping.For(new InvalidOperationException("connection string Password=hunter2"));

        Assert.True(problem.IsServerError);
        Assert.DoesNotContain("hunter2", problem.Detail);
    }
}
