using System.Text;

namespace RelationshipCoach.Core.Conversation;

/// <summary>Cleans typed text before anything reads it: control characters out, Unicode composed, outer space trimmed.</summary>
public static class InboundText
{
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
