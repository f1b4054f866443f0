using System.Text.RegularExpressions;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Knowledge;

public class RelationshipLevelKnowledgeTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    public static TheoryData<string, Language> EveryLevelInEveryLanguage()
    {
        var data = new TheoryData<string, Language>();
        foreach (var id in LevelIds.All)
            foreach (var language in LanguageCodes.All)
                data.Add(id, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryLevelInEveryLanguage))]
    public void Every_level_is_complete(string id, Language language)
    {
        var level = Knowledge.Level(id, language);

        Assert.Equal(id, level.Id);
        Assert.Equal(language, level.Language);
        Assert.All(new[] { level.Name, level.Summary, level.CostToKeep, level.MoveUp, level.Gives },
            t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.InRange(level.LooksLike.Count, 3, 5);
        Assert.All(level.LooksLike, t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Theory]
    [MemberData(nameof(EveryLevelInEveryLanguage))]
    public void No_translated_text_is_left_in_English(string id, Language language)
    {
        if (language == Language.En) return;
        var english = Knowledge.Level(id, Language.En);
        var translated = Knowledge.Level(id, language);

        Assert.NotEqual(english.Name, translated.Name);
        Assert.NotEqual(english.Summary, translated.Summary);
        Assert.NotEqual(english.CostToKeep, translated.CostToKeep);
        Assert.NotEqual(english.MoveUp, translated.MoveUp);
        Assert.NotEqual(english.Gives, translated.Gives);
        Assert.Empty(english.LooksLike.Intersect(translated.LooksLike));
        Assert.All(translated.LooksLike.Append(translated.Summary),
            t => Assert.DoesNotMatch(new Regex(@"\b(the|and|with|you|is|we|our|of|to)\b"), t));
    }

    [Fact]
    public void Levels_run_from_transaction_to_partner()
    {
        Assert.Equal([LevelIds.Transactional, LevelIds.PreferredSupplier, LevelIds.Partner], Knowledge.LevelIds);
        Assert.Equal(LevelIds.PreferredSupplier, LevelIds.Next(LevelIds.Transactional));
        Assert.Equal(LevelIds.Partner, LevelIds.Next(LevelIds.PreferredSupplier));
        Assert.Null(LevelIds.Next(LevelIds.Partner));
        Assert.Throws<KeyNotFoundException>(() => LevelIds.Next("friend"));
        Assert.Throws<KeyNotFoundException>(() => Knowledge.Level("friend", Language.En));
    }
}
