using System.CommandLine;
using Hyyve.Eval;

var data = new Option<DirectoryInfo>("--data") { Description = "Folder of the evaluation set (e.g. ../shared/eval/dstc11)", Required = true };
var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N cases" };
var output = new Option<FileInfo?>("--out") { Description = "Per-case results (JSONL); default <set>-results.jsonl" };
var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string; default: a fresh database on a private embedded cluster" };
var set = new Option<string>("--set") { Description = "helpcenter: which case file of <data>/eval to ask (dev, test or fresh)", DefaultValueFactory = _ => "dev" };
set.AcceptOnlyFromAmong("dev", "test", "fresh");
var warm = new Option<bool>("--warm")
{
    Description = "helpcenter: ask every case once, untimed, before the measured pass (latency of a process that has seen the articles)",
};

var root = new RootCommand("Measures Hyyve's retrieval, answer/handoff decisions and human-request detection through its own HTTP API.");
foreach (var (name, description, run) in new (string, string, Func<EvalSettings, TextWriter, CancellationToken, Task<int>>)[]
{
    ("dstc11", "Knowledge-grounded answers in conversations (Hit@k, MRR, answered F1, citations, wrong answers, ECE, latency) vs. a question-only baseline",
        Dstc11Evaluation.RunAsync),
    ("bitext", "Explicit requests for a human (precision, recall) vs. a keyword baseline", BitextEvaluation.RunAsync),
    ("helpcenter", "A help center's own customer-style cases (right / wrong answer / needless handoff by category, Hit@5, MRR@10, ECE, latency)",
        HelpCenterEvaluation.RunAsync),
})
{
    var command = new Command(name, description) { data, limit, output, connection };
    if (name == "helpcenter")
    {
        command.Options.Add(set);
        command.Options.Add(warm);
    }

    command.SetAction((parse, cancellationToken) => run(
        new EvalSettings(parse.GetValue(data)!, parse.GetValue(limit),
            parse.GetValue(output) ?? new FileInfo(name == "helpcenter" ? $"helpcenter-{parse.GetValue(set)}-results.jsonl" : $"{name}-results.jsonl"),
            parse.GetValue(connection), name == "helpcenter" ? parse.GetValue(set)! : "dev", Warm: name == "helpcenter" && parse.GetValue(warm)),
        Console.Out, cancellationToken));
    root.Subcommands.Add(command);
}

var sentimentData = new Option<DirectoryInfo>("--data")
{
    Description = "Folder of the labelled sentiment set", DefaultValueFactory = _ => new DirectoryInfo("samples/sentiment"),
};
var sentiment = new Command("sentiment", "Customer-message sentiment (accuracy, macro F1, recall per label) vs. the majority-class baseline")
{
    sentimentData,
};
sentiment.SetAction((parse, _) => SentimentEvaluation.RunAsync(parse.GetValue(sentimentData)!, Console.Out));
root.Subcommands.Add(sentiment);

var resultFiles = new Option<FileInfo[]>("--results") { Description = "Per-case results of dstc11 and helpcenter runs", Required = true, AllowMultipleArgumentsPerToken = true };
var fit = new Command("fit", "Learns the fusion and confidence weights from per-case results of several corpora (printed as settings)") { resultFiles };
fit.SetAction((parse, _) => FitCommand.RunAsync(parse.GetValue(resultFiles)!, Console.Out));
root.Subcommands.Add(fit);

return await root.Parse(args).InvokeAsync();
