using System.CommandLine;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Commands;

/// <summary>`advise`: the offline guidance for a situation, as a rep would read it, or all twelve ideas ranked per JSON line.</summary>
public static class AdviseVerb
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The client situation, in en, de, es or id.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "en, de, es or id; without it the language is detected." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read lines {\"id\",\"text\"} (optional \"lang\") from standard input; write {\"id\",\"lang\",\"ideas\":[…all twelve ranked]}." };
        var cache = new Option<string>("--model-cache") { Description = "Folder for the trained classifier.", DefaultValueFactory = _ => SituationAnalyzer.DefaultCacheDirectory };
        var command = new Command("advise", "Give guidance on a client situation, or rank the twelve ideas for JSON lines.") { text, lang, jsonl, cache };
        command.SetAction(parse =>
        {
            var analyzer = SituationAnalyzer.LoadOrTrain(parse.GetValue(cache));
            if (parse.GetValue(jsonl))
            {
                AdviseJsonl.Run(Console.In, Console.Out, analyzer);
                return 0;
            }
            var situation = parse.GetValue(text);
            Language? language = LanguageCodes.TryParse(parse.GetValue(lang), out var l) ? l : null;
            if (string.IsNullOrWhiteSpace(situation) || (parse.GetValue(lang) is not null && language is null))
            {
                Console.Error.WriteLine("Give the situation as text (and --lang en|de|es|id if you like), or --jsonl.");
                return 2;
            }
            var analysis = analyzer.Analyze(situation, language);
            foreach (var reply in new GuidanceReplyBuilder().Build(situation, analysis, language ?? analysis.Language))
                Console.Out.WriteLine(reply.PlainText + "\n");
            return 0;
        });
        return command;
    }
}
