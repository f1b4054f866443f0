using System.Text;
using Microsoft.Extensions.AI;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// The messages that ask a language model to word guidance: the chosen ideas' knowledge in the rep's language goes in,
/// so the model rephrases and applies the coach's knowledge instead of inventing its own.
/// </summary>
internal static class GuidancePrompt
{
    public static IReadOnlyList<ChatMessage> Messages(GuidancePlan plan, KnowledgeBase knowledge) =>
    [
        new(ChatRole.System, Instructions(plan.Language)),
        new(ChatRole.User, Situation(plan, knowledge)),
    ];

    private static string Instructions(Language language) => $$"""
        You coach sales and support reps on trusting client relationships.
        A rep describes a situation. For each idea given below, write advice that applies the idea to THIS situation.
        Use only the knowledge given for each idea; do not add facts, numbers or promises of your own.
        Write everything in {{LanguageName(language)}}. {{AddressForm(language)}}
        Answer with JSON only, in exactly this shape, one entry per idea and in the same order:
        {"ideas":[{"id":"<idea id>","why":"<1-2 sentences: why the idea applies here, naming the client or the detail the rep mentioned>","steps":["<3 to 5 concrete next steps, each one sentence>"],"avoid":"<one thing to avoid>","say":"<one sentence the rep can say or write to the client>"}]}
        """;

    private static string Situation(GuidancePlan plan, KnowledgeBase knowledge)
    {
        var text = new StringBuilder();
        text.AppendLine("Situation:").AppendLine(plan.Situation).AppendLine();
        if (plan.Details.Client is { } client) text.AppendLine($"Client: {client}").AppendLine();
        foreach (var ranked in plan.Ideas)
        {
            var idea = knowledge.Get(ranked.IdeaId, plan.Language);
            text.AppendLine($"Idea id: {idea.Id}");
            text.AppendLine($"Name: {idea.Name}");
            if (ranked.Evidence.Count > 0) text.AppendLine($"Words of the rep that point to it: {string.Join(", ", ranked.Evidence)}");
            text.AppendLine($"Meaning: {idea.Meaning}");
            text.AppendLine("Signs: " + string.Join(" | ", idea.Signs));
            text.AppendLine("Steps: " + string.Join(" | ", idea.Steps));
            text.AppendLine($"Avoid: {idea.Avoid}");
            text.AppendLine("Example sentences: " + string.Join(" | ", idea.Sentences));
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string LanguageName(Language language) => language switch
    {
        Language.De => "German",
        Language.Es => "Spanish (neutral, understood across Latin America)",
        Language.Id => "Indonesian (natural business Indonesian as used in Jakarta)",
        _ => "English",
    };

    private static string AddressForm(Language language) => language switch
    {
        Language.De => "Address the rep with \"Sie\"; in the sentence for the client, use \"Sie\" as well.",
        Language.Es => "Address the rep and the client with \"usted\".",
        Language.Id => "Address the rep with \"Anda\"; in the sentence for the client, use \"Bapak/Ibu\".",
        _ => "Keep the tone warm and professional.",
    };
}
