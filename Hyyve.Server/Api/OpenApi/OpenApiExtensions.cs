using Hyyve.Domain.Errors;
using System.Globalization;
using Microsoft.OpenApi;

namespace Hyyve.Server.Api.OpenApi;

/// <summary>The OpenAPI document of the whole HTTP surface, served at <c>/api/openapi.json</c> to anyone (it holds no secrets).</summary>
internal static class OpenApiExtensions
{
    public const string DocumentPath = "/api/openapi.json";

    public static IServiceCollection AddHyyveOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Hyyve";
            document.Info.Description = "Chatwoot agent bot with per-project retrieval-augmented answers. Keys go in "
                + "`Authorization: Bearer <key>` or `X-Api-Key`; errors are RFC 7807 problem details.";
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            // Integer query parameters are bound as text and parsed by Domain (so a bad value names its range); the document
            // still describes them as the integers they are.
            foreach (var query in context.Description.ActionDescriptor.EndpointMetadata.OfType<IntegerQuery>())
            {
                if (operation.Parameters?.FirstOrDefault(p => p.Name == query.Name) is OpenApiParameter parameter)
                {
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Integer, Minimum = query.Min.ToString(CultureInfo.InvariantCulture),
                        Maximum = query.Max.ToString(CultureInfo.InvariantCulture),
                    };
                }
            }

            return Task.CompletedTask;
        }));

    public static WebApplication MapHyyveOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        return app;
    }

    /// <summary>An optional integer query parameter that the route parses with <paramref name="query"/>.</summary>
    public static TBuilder WithIntegerQuery<TBuilder>(this TBuilder builder, IntegerQuery query)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(query);

    /// <summary>The problems every route can answer with (Domain's <c>ProblemMapping</c>): a server error, the database down.</summary>
    public static TBuilder ProducesServerProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status500InternalServerError).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A keyed route: a missing or wrong key (401), a key without the right scope (403), another tenant's project (404).</summary>
    public static TBuilder ProducesKeyProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
