using Hyyve.Server;

var app = HyyveServer.Build(args);
await app.RunAsync();
