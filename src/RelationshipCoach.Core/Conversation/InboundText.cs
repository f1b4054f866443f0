using System.Text;

namespace RelationshipCoach.Core.Conversation;

/// <summary>Cleans typed text before anything reads it: control characters out, Unicode composed, outer space trimmed.</summary>
public static class InboundText
{
    /// <summary>Longest locale tag kept; longer ones are no locale any channel sends.</summary>
    public const int MaxLocaleLength = 32;

    public const int MaxDisplayNameLength = 200;

    public const int MaxEmailLength = 320;

    /// <summary>
    /// Everything a person or channel supplied, cleaned alike: text and form values, and the channel's hints, which
    /// are kept only when they look like what they claim to be (stores refuse NUL and over-long values).
    /// </summary>
    public static Inbound Clean(Inbound inbound) => inbound with
    {
        Text = Clean(inbound.Text),
        Action = inbound.Action is { } action
            ? action with { Values = action.Values.ToDictionary(kv => kv.Key, kv => Clean(kv.Value)) }
            : null,
        Locale = inbound.Locale is { } locale && IsLocale(locale) ? locale : null,
        DisplayName = Bounded(inbound.DisplayName, MaxDisplayNameLength),
        Email = inbound.Email is { } email && Clean(email) is { Length: > 0 and <= MaxEmailLength } cleaned ? cleaned : null,
    };

    private static bool IsLocale(string locale) =>
        locale.Length <= MaxLocaleLength && locale.Length >= 2 && locale.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string? Bounded(string? text, int max) =>
        text is null ? null : Clean(text) is { Length: > 0 } cleaned ? cleaned[..Math.Min(cleaned.Length, max)] : null;

    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t') sb.Append(c);
            else if (c == '\r') continue;
            else if (!char.IsControl(c)) sb.Append(c);
        }
        var cleaned = sb.ToString().Trim();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }
}
