using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

public class RelationshipLevelReplyTests
{
    private readonly GuidanceReplyBuilder _builder = new();

    [Theory]
    [InlineData(Language.En, "Relationship level: Transactional", "Next level", "Preferred supplier")]
    [InlineData(Language.De, "Beziehungsebene: Transaktional", "Nächste Ebene", "Bevorzugter Lieferant")]
    [InlineData(Language.Es, "Nivel de relación: Transaccional", "Siguiente nivel", "Proveedor preferido")]
    [InlineData(Language.Id, "Tingkat hubungan: Transaksional", "Tingkat berikutnya", "Pemasok pilihan")]
    public void Explains_where_the_relationship_stands_and_what_the_next_level_costs_and_gives(
        Language language, string title, string nextLabel, string nextName)
    {
        var here = KnowledgeBase.Default.Level(LevelIds.Transactional, language);
        var next = KnowledgeBase.Default.Level(LevelIds.PreferredSupplier, language);

        var reply = _builder.RelationshipLevelReply(LevelIds.Transactional, language);

        Assert.Equal(GuidanceKinds.RelationshipLevel, reply.Kind);
        Assert.Equal(title, reply.Title);
        Assert.Equal(here.Summary, reply.Blocks[0].Text);
        Assert.Contains(reply.Facts, f => f.Label == nextLabel && f.Value == nextName);
        var values = reply.Facts.Select(f => f.Value).ToList();
        Assert.Contains(here.CostToKeep, values);
        Assert.Contains(here.MoveUp, values);
        Assert.Contains(next.CostToKeep, values);
        Assert.Contains(next.Gives, values);
        var button = Assert.Single(reply.Actions);
        Assert.Equal(GuidanceActions.RelationshipLevel, button.Id);
        Assert.Equal(LevelIds.PreferredSupplier, button.Values["level"]);
    }

    [Fact]
    public void The_top_level_explains_how_to_keep_it_and_offers_no_next_level()
    {
        var partner = KnowledgeBase.Default.Level(LevelIds.Partner, Language.En);

        var reply = _builder.RelationshipLevelReply(LevelIds.Partner, Language.En);

        Assert.Contains(reply.Facts, f => f.Label == "How to keep it" && f.Value == partner.MoveUp);
        Assert.DoesNotContain(reply.Facts, f => f.Label == "Next level");
        Assert.Empty(reply.Actions);
    }

    [Theory]
    [InlineData(LevelIds.Transactional)]
    [InlineData(LevelIds.PreferredSupplier)]
    [InlineData(LevelIds.Partner)]
    public void Every_level_fits_in_chat(string level)
    {
        foreach (var language in LanguageCodes.All)
            Assert.True(_builder.RelationshipLevelReply(level, language).PlainText.Length <= 3000);
    }
}
