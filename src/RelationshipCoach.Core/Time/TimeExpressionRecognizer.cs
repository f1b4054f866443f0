using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

/// <summary>Rule-based recognizer for English, German, Spanish and Indonesian time expressions as people type them in chat.</summary>
public sealed class TimeExpressionRecognizer : ITimeExpressionRecognizer
{
    public static readonly TimeExpressionRecognizer Instance = new();

    public TimeExpression Recognize(string text, Language? language, LocalDateTime reference, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0) return TimeExpression.None;
        if (language is { } given) return Recognize(tokens, Lexicon.For(given), reference, zone, typos: true);

        var detected = LanguageDetector.Detect(text);
        if (detected is { } guess)
        {
            var first = Recognize(tokens, Lexicon.For(guess), reference, zone, typos: true);
            if (first.Kind != TimeExpressionKind.None) return first;
        }
        // Without a language clue, typo tolerance would turn ordinary words of one language into names of another.
        var best = TimeExpression.None;
        foreach (var other in LanguageCodes.All)
        {
            if (other == detected) continue;
            var candidate = Recognize(tokens, Lexicon.For(other), reference, zone, typos: false);
            if (candidate.Kind != TimeExpressionKind.None && Covered(candidate) > Covered(best)) best = candidate;
        }
        return best;
    }

    private static int Covered(TimeExpression e) => e.Spans.Sum(s => s.Length);

    private static TimeExpression Recognize(List<Lexeme> tokens, Lexicon lexicon, LocalDateTime reference, DateTimeZone zone, bool typos)
    {
        var lexemes = Lexer.Lex(tokens, lexicon, typos);
        var chains = new ExpressionParser(lexemes, lexicon).FindChains();
        if (chains.Count == 0) return TimeExpression.None;
        var (draft, used) = ChainMerger.Merge(chains);
        var (moment, rrule) = Resolver.Resolve(draft, reference);
        if (moment is null && rrule is null) return TimeExpression.None;
        var spans = used.Select(c => new TextSpan(lexemes[c.First].Start, lexemes[c.End - 1].End - lexemes[c.First].Start)).ToList();
        return rrule is not null
            ? new TimeExpression { Kind = TimeExpressionKind.Recurrence, Spans = spans, Recurrence = new Recurrence(rrule, reference), Language = lexicon.Language }
            : new TimeExpression
            {
                Kind = TimeExpressionKind.Moment, Spans = spans, Moment = moment, Language = lexicon.Language,
                At = ZoneResolution.ToInstant(moment!.Value, zone),
            };
    }
}
