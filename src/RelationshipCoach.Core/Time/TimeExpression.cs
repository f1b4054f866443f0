using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

/// <summary>What a recognized time expression resolved to.</summary>
public enum TimeExpressionKind { None, Moment, Recurrence }

/// <summary>A range of characters in the original text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>The result of recognizing a time expression: where it is in the text and what it means.</summary>
public sealed record TimeExpression
{
    public static readonly TimeExpression None = new() { Kind = TimeExpressionKind.None, Spans = [] };

    public required TimeExpressionKind Kind { get; init; }

    /// <summary>Every part of the text that belongs to the expression, in text order; the first is <see cref="Start"/>/<see cref="Length"/>.</summary>
    public required IReadOnlyList<TextSpan> Spans { get; init; }

    public int Start => Spans.Count > 0 ? Spans[0].Start : 0;

    public int Length => Spans.Count > 0 ? Spans[0].Length : 0;

    /// <summary>The local date and time for <see cref="TimeExpressionKind.Moment"/>.</summary>
    public LocalDateTime? Moment { get; init; }

    /// <summary>The moment in the user's zone, resolved leniently (see <see cref="ZoneResolution"/>).</summary>
    public Instant? At { get; init; }

    public Recurrence? Recurrence { get; init; }

    public Language? Language { get; init; }

    /// <summary>The text without the expression and the connector words left dangling ("call Acme tomorrow at 3" → "call Acme").</summary>
    public string Remainder(string text) => TimeRemainder.Remove(text, Spans);
}
