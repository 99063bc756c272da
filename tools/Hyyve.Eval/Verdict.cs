namespace Hyyve.Eval;

/// <summary>How one help-center case ended.</summary>
public enum Verdict
{
    Right,
    /// <summary>Answered when it should have handed off or only chatted, or answered without citing gold or without a fact.</summary>
    WrongAnswer,
    /// <summary>Handed off a case that should have been answered (or a greeting).</summary>
    NeedlessHandoff,
    /// <summary>Handed off as it should, for the wrong reason.</summary>
    WrongHandoffReason,
}
