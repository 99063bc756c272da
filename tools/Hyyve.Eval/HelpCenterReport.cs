using System.Globalization;

namespace Hyyve.Eval;

/// <summary>The help-center tables: verdicts by category, the summary measures, what a project's threshold trades, and the
/// reliability of the confidence.</summary>
public static class HelpCenterReport
{
    public const string CalibrationTitle =
        "helpcenter calibration over answerable and out-of-scope cases: correct = answering (the reply, or the draft of a handoff) would be right";

    private static readonly double[] Thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    private static readonly string[] CategoryOrder =
        ["answerable", "  of which follow-up", "  of which topic switch", "out of scope", "human request", "smalltalk"];

    public static void Write(TextWriter output, string set, IReadOnlyList<HelpCenterResult> results, LoadOutcome load, double runThreshold)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"helpcenter {set}: {results.Count} cases; right / wrong answer / needless handoff / wrong handoff reason by category");
        output.WriteLine($"{"category",-26} {"cases",6} {"right",6} {"wrong",6} {"needless",9} {"reason",7} {"right %",8} {"wrong %",8} {"needless %",11}");
        output.WriteLine(new string('-', 94));
        var rows = CategoryOrder.Select(name => (name, results.Where(r => r.Case.Categories().Contains(name)).ToList()))
            .Append(("all", results.ToList()));
        foreach (var (name, members) in rows.Where(r => r.Item2.Count > 0))
        {
            int Count(Verdict v) => members.Count(r => r.Verdict == v);
            string Rate(Verdict v) => ((double)Count(v) / members.Count).ToString("0.000", c);
            output.WriteLine($"{name,-26} {members.Count,6} {Count(Verdict.Right),6} {Count(Verdict.WrongAnswer),6} {Count(Verdict.NeedlessHandoff),9} {Count(Verdict.WrongHandoffReason),7} {Rate(Verdict.Right),8} {Rate(Verdict.WrongAnswer),8} {Rate(Verdict.NeedlessHandoff),11}");
        }

        var calibration = Calibration(results);
        Summary(results, load, calibration).Write(output);
        WriteThresholds(output, results, runThreshold);
        calibration.Write(output, CalibrationTitle);
    }

    /// <summary>
    /// The same cases at other project thresholds: a turn decided by its confidence answers at threshold t when its
    /// confidence is at least t and it has a reply or a draft, unless it was handed off although its confidence reached the
    /// run's threshold (nothing close was found: no threshold answers it). Requests for a person and small talk keep their
    /// verdicts.
    /// </summary>
    private static void WriteThresholds(TextWriter output, IReadOnlyList<HelpCenterResult> results, double runThreshold)
    {
        var c = CultureInfo.InvariantCulture;
        static bool ByConfidence(HelpCenterResult r) =>
            (r.Case.Expected == "answer" || r.Case.Reason == "missing_knowledge") && r.Outcome.Reason is null or "low_confidence" or "missing_knowledge"
            && r.Outcome.Decision is "answer" or "handoff" && !HelpCenterScoring.IsSmalltalk(r.Outcome);
        var decided = results.Where(ByConfidence).ToList();
        var kept = results.Where(r => !ByConfidence(r)).ToList();
        var answerable = results.Count(r => r.Case.Expected == "answer");
        bool Answers(HelpCenterResult r, double t) =>
            r.Outcome.Confidence >= t && (r.Outcome.Answer ?? r.Outcome.DraftAnswer) is not null
            && !(r.Outcome.Decision == "handoff" && r.Outcome.Confidence >= runThreshold);
        output.WriteLine();
        output.WriteLine("helpcenter by project threshold (answering at confidence >= threshold)");
        output.WriteLine($"{"threshold",-10} {"answered",9} {"right of answerable",20} {"wrong-answer rate",18}");
        output.WriteLine(new string('-', 60));
        foreach (var t in Thresholds)
        {
            var answered = decided.Where(r => Answers(r, t)).ToList();
            var right = answered.Count(r => HelpCenterScoring.WouldBeRight(r.Case, r.Outcome))
                + kept.Count(r => r.Case.Expected == "answer" && r.Verdict == Verdict.Right);
            var wrong = answered.Count(r => !HelpCenterScoring.WouldBeRight(r.Case, r.Outcome)) + kept.Count(r => r.Verdict == Verdict.WrongAnswer);
            output.WriteLine($"{t.ToString("0.0", c),-10} {answered.Count,9} {((double)right / Math.Max(1, answerable)).ToString("0.000", c),20} {((double)wrong / results.Count).ToString("0.000", c),18}");
        }
    }

    public static MeasureTable Summary(IReadOnlyList<HelpCenterResult> results, LoadOutcome load, Calibration calibration)
    {
        var answerable = results.Where(r => r.Case.Expected == "answer").ToList();
        var outOfScope = results.Where(r => r.Case.Reason == "missing_knowledge").ToList();
        double Share(IEnumerable<HelpCenterResult> rows, Func<HelpCenterResult, bool> predicate) => EvalMetrics.Mean(rows.Select(r => predicate(r) ? 1.0 : 0));
        var answered = answerable.Where(r => r.Outcome.Decision == "answer").ToList();
        // Answering from knowledge against "should answer from knowledge"; greetings are left out, they have no knowledge side.
        var (precision, recall, f1) = EvalMetrics.PrecisionRecall(results.Where(r => r.Case.Expected != "smalltalk")
            .Select(r => (r.Outcome.Decision == "answer" && !HelpCenterScoring.IsSmalltalk(r.Outcome), r.Case.Expected == "answer")));
        var latencies = results.Select(r => r.Outcome.LatencyMs).ToList();
        return new MeasureTable("helpcenter measures")
            .Add("right of answerable", Share(answerable, r => r.Verdict == Verdict.Right))
            .Add("wrong-answer rate (all cases)", Share(results, r => r.Verdict == Verdict.WrongAnswer))
            .Add("needless-handoff rate (answerable)", Share(answerable, r => r.Verdict == Verdict.NeedlessHandoff))
            .Add("out of scope handed off (any reason)", Share(outOfScope, r => r.Outcome.Decision == "handoff"))
            .Add("Hit@5 (answerable)", EvalMetrics.Mean(answerable.Select(r => EvalMetrics.HitAt(r.Outcome.Retrieved, r.Case.Gold, 5))))
            .Add("MRR@10 (answerable)", EvalMetrics.Mean(answerable.Select(r => EvalMetrics.ReciprocalRank(r.Outcome.Retrieved, r.Case.Gold, 10))))
            .Add("answered precision (knowledge)", precision)
            .Add("answered recall (knowledge)", recall)
            .Add("answered F1 (knowledge)", f1)
            .Add("answers citing a gold article", Share(answered, r => r.Outcome.Cited.Any(r.Case.Gold.Contains)))
            .Add("ECE (10 bins)", calibration.ExpectedCalibrationError())
            .Add("ask latency p50 (ms)", EvalMetrics.Percentile(latencies, 50), "0.0")
            .Add("ask latency p95 (ms)", EvalMetrics.Percentile(latencies, 95), "0.0")
            .Add("ingestion documents/s", load.DocumentsPerSecond, "0.0")
            .Add("ingestion chunks/s", load.ChunksPerSecond, "0.0");
    }

    public static Calibration Calibration(IEnumerable<HelpCenterResult> results)
    {
        var calibration = new Calibration();
        foreach (var r in results.Where(r => r.Case.Expected == "answer" || r.Case.Reason == "missing_knowledge"))
        {
            calibration.Add(r.Outcome.Confidence, HelpCenterScoring.WouldBeRight(r.Case, r.Outcome));
        }

        return calibration;
    }
}
