using System.Text.Json;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Reads a model's JSON answer into advice, refusing anything that does not fit the reply it has to fill.</summary>
internal static class ModelAdvice
{
    /// <summary>
    /// The longest field accepted. A model that writes more has not followed the brief, and chat cards must stay small
    /// (a Slack section holds 3000 characters, and a guidance reply has several fields).
    /// </summary>
    public const int MaximumFieldLength = 600;

    public const int MinimumSteps = 1;
    public const int MaximumSteps = 5;

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Advice for exactly the expected ideas, in their order; null when the answer is not usable.</summary>
    public static IReadOnlyList<IdeaAdvice>? Parse(string? answer, IReadOnlyList<string> expectedIdeas)
    {
        var json = JsonObjectIn(answer);
        if (json is null) return null;
        Answer? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Answer>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        if (parsed?.Ideas is not { } entries) return null;

        var advice = new List<IdeaAdvice>();
        foreach (var id in expectedIdeas)
        {
            var entry = entries.FirstOrDefault(e => e.Id == id);
            if (entry is null || !Usable(entry)) return null;
            advice.Add(new IdeaAdvice(id, entry.Why!.Trim(), entry.Steps!.Select(s => s.Trim()).ToList(), entry.Avoid!.Trim(), entry.Say!.Trim()));
        }
        return advice;
    }

    private static bool Usable(Entry entry) =>
        Fits(entry.Why) && Fits(entry.Avoid) && Fits(entry.Say)
        && entry.Steps is { Count: >= MinimumSteps and <= MaximumSteps } steps
        && steps.All(Fits);

    private static bool Fits(string? field) => !string.IsNullOrWhiteSpace(field) && field.Length <= MaximumFieldLength;

    /// <summary>Models often wrap JSON in a code fence or a sentence; the object itself runs from the first brace to the last.</summary>
    private static string? JsonObjectIn(string? answer)
    {
        if (answer is null) return null;
        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        return start >= 0 && end > start ? answer[start..(end + 1)] : null;
    }

    private sealed record Answer(List<Entry>? Ideas);

    private sealed record Entry(string? Id, string? Why, List<string>? Steps, string? Avoid, string? Say);
}
