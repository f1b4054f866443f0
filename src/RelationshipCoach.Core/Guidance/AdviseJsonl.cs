using System.Text;
using System.Text.Json;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// The line protocol behind the host's <c>advise --jsonl</c> verb: each input line <c>{"id":…,"text":…,"lang"?:…}</c>
/// becomes <c>{"id":…,"lang":"de","ideas":[…all twelve ids, most relevant first]}</c>.
/// </summary>
public static class AdviseJsonl
{
    /// <summary>Answers one line. A line that cannot be read gets <c>{"id":…,"error":…}</c> instead, so one bad line does not stop a batch.</summary>
    public static string AdviseLine(string line, ISituationAnalyzer analyzer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Error(null, $"not JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(null, "expected a JSON object");
            JsonElement? id = root.TryGetProperty("id", out var idValue) ? idValue : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return Error(id, "missing \"text\"");
            Language? language = null;
            if (root.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String)
            {
                if (!LanguageCodes.TryParse(lang.GetString(), out var parsed)) return Error(id, $"unknown lang \"{lang.GetString()}\"");
                language = parsed;
            }
            var analysis = analyzer.Analyze(text.GetString()!, language);
            return Write(writer =>
            {
                WriteId(writer, id);
                writer.WriteString("lang", analysis.Language.Code());
                writer.WriteStartArray("ideas");
                foreach (var idea in analysis.Ranking) writer.WriteStringValue(idea.IdeaId);
                writer.WriteEndArray();
            });
        }
    }

    /// <summary>Answers every non-blank line of <paramref name="input"/> on <paramref name="output"/>, in order.</summary>
    public static void Run(TextReader input, TextWriter output, ISituationAnalyzer analyzer)
    {
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            output.WriteLine(AdviseLine(line, analyzer));
        }
    }

    private static string Error(JsonElement? id, string message) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("error", message);
    });

    // The id is echoed as the same JSON value it came in as (number, string, …) so callers can join on it.
    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value) value.WriteTo(writer);
        else writer.WriteNullValue();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
