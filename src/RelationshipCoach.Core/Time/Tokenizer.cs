using System.Globalization;
using System.Text;

namespace RelationshipCoach.Core.Time;

/// <summary>Splits text into folded words, numbers and symbols that keep their offsets in the original text.</summary>
internal static class Tokenizer
{
    // Folding per character (instead of TextFolding.Fold on the whole string) keeps every token's offsets exact.
    private static readonly string[] FoldTable = BuildFoldTable();

    private static string[] BuildFoldTable()
    {
        var table = new string[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (ch == 'ß') { table[c] = "ss"; continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder(2);
            foreach (var d in decomposed)
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(d));
            table[c] = sb.ToString();
        }
        return table;
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < FoldTable.Length) sb.Append(FoldTable[c]);
        else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

    public static List<Lexeme> Tokenize(string text)
    {
        var tokens = new List<Lexeme>(16);
        var sb = new StringBuilder(16);
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < 6) value = value * 10 + (text[i] - '0');
                    i++;
                }
                tokens.Add(new Lexeme { Start = start, End = i, Kind = LexKind.Number, Text = text[start..i], Value = value, Digits = i - start, SpaceBefore = space });
            }
            else if (IsWordChar(c))
            {
                sb.Clear();
                while (i < text.Length)
                {
                    var d = text[i];
                    if (IsWordChar(d)) AppendFolded(sb, d);
                    else if (!(IsApostrophe(d) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && sb.Length > 0)) break;
                    i++;
                }
                tokens.Add(new Lexeme { Start = start, End = i, Kind = LexKind.Word, Text = sb.ToString(), SpaceBefore = space, Capitalized = char.IsUpper(c) });
            }
            else
            {
                i++;
                tokens.Add(new Lexeme { Start = start, End = i, Kind = LexKind.Symbol, Text = c.ToString(), SpaceBefore = space });
            }
            space = false;
        }
        return tokens;
    }
}
