using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationshipCoach.Playground;

/// <summary>The playground's renderer: a Reply as plain JSON, camel-cased, enums as words, computed plain text included.</summary>
public static class ReplyJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // The page and people reading the API see "Müller", not "M\u00FCller"; HTML escaping is the page's job.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
