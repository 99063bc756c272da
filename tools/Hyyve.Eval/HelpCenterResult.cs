namespace Hyyve.Eval;

/// <summary>One help-center case, what the bot did, and its verdict.</summary>
public sealed record HelpCenterResult(HelpCenterCase Case, AskOutcome Outcome, Verdict Verdict);
