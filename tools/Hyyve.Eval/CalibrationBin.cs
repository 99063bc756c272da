namespace Hyyve.Eval;

/// <summary>One reliability bin: its range, how many cases fell in it, their mean confidence and the share that were right.</summary>
public sealed record CalibrationBin(double Low, double High, int Count, double MeanConfidence, double Accuracy);
