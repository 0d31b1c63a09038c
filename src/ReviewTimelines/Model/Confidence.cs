namespace ReviewTimelines.Model;

/// <summary>How well a figure of the reference data is supported (REVIEW-MECHANISMS.md confidence tags).</summary>
public enum Confidence
{
    /// <summary>[S] Sourced: stated in a public source.</summary>
    Sourced = 0,

    /// <summary>[S-ex] Sourced example: a concrete dated instance; the general pattern is inferred from it.</summary>
    SourcedExample = 1,

    /// <summary>[R] Unconfirmed: believed to be in the official text but not checked against it.</summary>
    Unconfirmed = 2,

    /// <summary>[E] Estimate: a proposed default with no source.</summary>
    Estimate = 3,
}

/// <summary>The source of a figure: a citation (URL or document symbol) and its confidence.</summary>
/// <param name="Citation">A URL or document symbol, e.g. <c>SG/MESICIC/doc.442/15 rev.2</c>; never null (empty for an estimate).</param>
/// <param name="Confidence">The confidence tag.</param>
/// <param name="Note">An optional remark (e.g. "month only", "format not stated").</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SourceReference(string Citation, Confidence Confidence, string? Note = null)
{
    /// <summary>Gets the citation.</summary>
    public string Citation { get; init; } = Citation ?? throw new ArgumentNullException(nameof(Citation));

    /// <summary>Gets a source reference for an estimate with no source.</summary>
    /// <param name="note">Why this default was chosen.</param>
    /// <returns>The reference.</returns>
    public static SourceReference Estimate(string note) => new(string.Empty, Confidence.Estimate, note);
}
