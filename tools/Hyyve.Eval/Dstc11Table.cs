namespace Hyyve.Eval;

/// <summary>The dstc11 measures, baseline next to Hyyve, and the reliability of Hyyve's confidence.</summary>
public static class Dstc11Table
{
    public const string CalibrationTitle =
        "dstc11 calibration: correct = the case is answerable and the first source the answer cites (for a handoff: its draft's, else the top retrieved) is gold";

    public static ResultTable Build(IReadOnlyList<CaseResult> results, LoadOutcome load)
    {
        var answerable = results.Where(r => r.Answerable).ToList();
        double Retrieval(Func<AskOutcome, IReadOnlySet<string>, double> measure, bool hyyve) =>
            EvalMetrics.Mean(answerable.Select(r => measure(hyyve ? r.Hyyve : r.Baseline, r.Gold)));
        // A plain full-text bot has no confidence model: it answers whenever it retrieves something, citing its top result.
        bool Answered(AskOutcome o, bool hyyve) => hyyve ? o.Decision == "answer" : o.Retrieved.Count > 0;
        IEnumerable<string> Citations(AskOutcome o, bool hyyve) => hyyve ? o.Cited : o.Retrieved.Take(1);
        (double, double, double) Decisions(bool hyyve) =>
            EvalMetrics.PrecisionRecall(results.Select(r => (Answered(hyyve ? r.Hyyve : r.Baseline, hyyve), r.Answerable)));
        // Among answers given to answerable cases (an answer to an unanswerable case has no gold to cite).
        double CitesGold(bool hyyve) => EvalMetrics.Mean(answerable.Select(r => (Outcome: hyyve ? r.Hyyve : r.Baseline, r.Gold))
            .Where(x => Answered(x.Outcome, hyyve)).Select(x => Citations(x.Outcome, hyyve).Any(x.Gold.Contains) ? 1.0 : 0));
        // Over all cases: an answer to an unanswerable case, or one that cites no gold document.
        double WrongAnswers(bool hyyve) => EvalMetrics.Mean(results.Select(r => (Outcome: hyyve ? r.Hyyve : r.Baseline, r))
            .Select(x => Answered(x.Outcome, hyyve) && (!x.r.Answerable || !Citations(x.Outcome, hyyve).Any(x.r.Gold.Contains)) ? 1.0 : 0));
        double Latency(double p, bool hyyve) => EvalMetrics.Percentile(results.Select(r => (hyyve ? r.Hyyve : r.Baseline).LatencyMs), p);

        var (bp, br, bf) = Decisions(false);
        var (hp, hr, hf) = Decisions(true);
        return new ResultTable($"dstc11: {results.Count} cases ({answerable.Count} answerable), {load.Documents} documents; baseline = plain full text on the last message alone, answering whenever it retrieves something")
            .Add("Hit@1 (answerable)", Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 1), false), Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 1), true))
            .Add("Hit@5 (answerable)", Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 5), false), Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 5), true))
            .Add("MRR@10 (answerable)", Retrieval((o, g) => EvalMetrics.ReciprocalRank(o.Retrieved, g, 10), false), Retrieval((o, g) => EvalMetrics.ReciprocalRank(o.Retrieved, g, 10), true))
            .Add("answered precision", bp, hp)
            .Add("answered recall", br, hr)
            .Add("answered F1", bf, hf)
            .Add("answers citing a gold document", CitesGold(false), CitesGold(true))
            .Add("wrong-answer rate (all cases)", WrongAnswers(false), WrongAnswers(true))
            .Add("ECE (10 bins)", null, Calibration(results).ExpectedCalibrationError())
            .Add("ECE vs answerable (what confidence predicts)", null, DecisionCalibration(results).ExpectedCalibrationError())
            .Add("ask latency p50 (ms)", Latency(50, false), Latency(50, true), "0.0")
            .Add("ask latency p95 (ms)", Latency(95, false), Latency(95, true), "0.0")
            .Add("ingestion documents/s", load.DocumentsPerSecond, load.DocumentsPerSecond, "0.0")
            .Add("ingestion chunks/s", load.ChunksPerSecond, load.ChunksPerSecond, "0.0");
    }

    /// <summary>Hyyve's confidence against whether the case should be answered at all (the label the confidence model is fitted to).</summary>
    public static Calibration DecisionCalibration(IEnumerable<CaseResult> results)
    {
        var calibration = new Calibration();
        foreach (var r in results)
        {
            calibration.Add(r.Hyyve.Confidence, r.Answerable);
        }

        return calibration;
    }

    /// <summary>Hyyve's confidence against whether answering would have been right (the baseline has no confidence).</summary>
    public static Calibration Calibration(IEnumerable<CaseResult> results)
    {
        var calibration = new Calibration();
        foreach (var r in results)
        {
            var first = r.Hyyve.WouldCite.Count > 0 ? r.Hyyve.WouldCite[0] : r.Hyyve.Retrieved.FirstOrDefault();
            calibration.Add(r.Hyyve.Confidence, r.Answerable && first is not null && r.Gold.Contains(first));
        }

        return calibration;
    }
}
