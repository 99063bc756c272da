using Hyyve.Domain;
using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddHyyveDomain();
// Jobs leave through queue output bindings and run in queue triggers; no PostgreSQL job workers here (Jobs__Enabled=false).
builder.AddCollectingJobSink();
builder.Services.AddSingleton<ApiKeyGate>();
builder.Services.AddSingleton<ProjectRoute>();
builder.Build().Run();
