using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Commands;

/// <summary>`when`: reads a time expression the way the coach does and prints what it means as JSON.</summary>
public static class WhenVerb
{
    private static readonly LocalDateTimePattern Reference = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The message to read, e.g. \"morgen um 15 Uhr\".", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "en, de, es or id; without it the language is detected." };
        var reference = new Option<string?>("--ref") { Description = "The local reference time, yyyy-MM-ddTHH:mm (default: now)." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read lines {\"id\",\"lang\",\"ref\",\"text\"} from standard input and write one answer per line." };
        var command = new Command("when", "Read a time expression and print what it means as JSON.") { text, lang, reference, jsonl };
        command.SetAction(parse =>
        {
            if (parse.GetValue(jsonl)) return RunJsonl(Console.In, Console.Out);
            var said = parse.GetValue(text);
            if (said is null)
            {
                Console.Error.WriteLine("Give the text to read, or --jsonl to read lines from standard input.");
                return 2;
            }
            if (!TryLanguage(parse.GetValue(lang), out var language) || !TryReference(parse.GetValue(reference), out var at))
            {
                Console.Error.WriteLine("--lang takes en, de, es or id; --ref takes yyyy-MM-ddTHH:mm.");
                return 2;
            }
            Console.Out.WriteLine(TimeExpressionJson.ResolveToJson(said, language, at));
            return 0;
        });
        return command;
    }

    /// <summary>One answer per input line, carrying the line's id; a line that cannot be read gets an error answer, and the rest go on.</summary>
    public static int RunJsonl(TextReader input, TextWriter output)
    {
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            output.WriteLine(Answer(line));
        }
        return 0;
    }

    private static string Answer(string line)
    {
        JsonObject? request;
        try
        {
            request = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }
        var id = request?["id"]?.DeepClone();
        if (request?["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text)
            || !TryLanguage((string?)request["lang"], out var language) || !TryReference((string?)request["ref"], out var at))
            return new JsonObject { ["id"] = id, ["error"] = "expected {\"id\",\"lang\":\"en|de|es|id\",\"ref\":\"yyyy-MM-ddTHH:mm\",\"text\"}" }.ToJsonString();

        var answer = new JsonObject { ["id"] = id };
        foreach (var (key, value) in JsonNode.Parse(TimeExpressionJson.ResolveToJson(text, language, at))!.AsObject())
            answer[key] = value?.DeepClone();
        return answer.ToJsonString();
    }

    private static bool TryLanguage(string? code, out Language? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(code) || code == "auto") return true;
        if (!LanguageCodes.TryParse(code, out var parsed)) return false;
        language = parsed;
        return true;
    }

    private static bool TryReference(string? text, out LocalDateTime reference)
    {
        reference = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).LocalDateTime;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parsed = Reference.Parse(text.Length > 16 ? text[..16] : text);
        if (parsed.Success) reference = parsed.Value;
        return parsed.Success;
    }
}
