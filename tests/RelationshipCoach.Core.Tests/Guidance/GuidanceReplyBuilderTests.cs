using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Tests.Guidance;

public class GuidanceReplyBuilderTests
{
    private readonly GuidanceReplyBuilder _builder = new();

    /// <summary>The same situation as a rep would write it in each language, and what the reply must say back.</summary>
    public sealed record Case(
        Language Language, string Text, string[] Evidence, string Client, string TitlePrefix, string IdeaName,
        string MoreLabel, string CallLabel, string? Topic, bool MentionsProject);

    public static TheoryData<Case> Cases() => new(
        new Case(Language.En, "Call with Acme today: they want us to fund the whole pilot on our own.",
            ["fund", "on our own"], "Acme", "What matters here:", "Reciprocity", "More on this idea", "Log this call", null, true),
        new Case(Language.De, "Die Müller GmbH will, dass wir den Pilot allein finanzieren. Morgen habe ich ein Telefonat mit Herrn Weber über die Kosten.",
            ["allein", "finanzieren"], "Müller GmbH", "Worauf es hier ankommt:", "Gegenseitigkeit", "Mehr zu dieser Idee", "Gespräch erfassen", "die Kosten", true),
        new Case(Language.Es, "Grupo Sol quiere que paguemos solos todo el piloto; mañana tenemos una reunión sobre el presupuesto.",
            ["paguemos solos"], "Grupo Sol", "Lo que importa aquí:", "Reciprocidad", "Más sobre esta idea", "Registrar la llamada", "el presupuesto", true),
        new Case(Language.Id, "PT Maju Jaya minta kita menanggung sendiri biaya uji coba. Besok ada rapat soal anggaran.",
            ["menanggung sendiri"], "PT Maju Jaya", "Yang perlu diperhatikan:", "Timbal balik", "Selengkapnya", "Catat pembicaraan ini", "anggaran", false));

    private static SituationAnalysis ReciprocityWithEquity(Case c) =>
        Analyses.Of(c.Language, (IdeaIds.Reciprocity, 0.62, c.Evidence), (IdeaIds.Equity, 0.41, []));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Guidance_speaks_the_reps_language_and_echoes_the_client(Case c)
    {
        var replies = _builder.Build(c.Text, ReciprocityWithEquity(c), c.Language);

        Assert.Equal(2, replies.Count);
        var first = replies[0];
        Assert.Equal(GuidanceKinds.Guidance, first.Kind);
        Assert.Equal($"{c.TitlePrefix} {c.IdeaName}", first.Title);
        Assert.Contains(c.Client, first.Blocks[0].Text);
        Assert.All(c.Evidence, word => Assert.Contains(word, first.Blocks[0].Text));
        Assert.Equal(c.MoreLabel, first.Actions[0].Label);
        Assert.Equal(KnowledgeBase.Default.Get(IdeaIds.Reciprocity, c.Language).Steps.Count,
            first.Blocks.Single(b => b.Text.StartsWith("1. ")).Text.Split('\n').Length);
        Assert.Contains(first.Facts, f => f.Value.Contains(KnowledgeBase.Default.Get(IdeaIds.Reciprocity, c.Language).Sentences[0]));
        Assert.Contains(first.Facts, f => f.Value == KnowledgeBase.Default.Get(IdeaIds.Reciprocity, c.Language).Avoid);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_guidance_reply_carries_its_buttons(Case c)
    {
        var replies = _builder.Build(c.Text, ReciprocityWithEquity(c), c.Language);

        foreach (var (reply, idea) in replies.Zip([IdeaIds.Reciprocity, IdeaIds.Equity]))
        {
            Assert.Equal(idea, Action(reply, GuidanceActions.More).Values["idea"]);
            var another = Action(reply, GuidanceActions.Another);
            Assert.Equal("reciprocity,equity", another.Values["exclude"]);
            Assert.Equal(c.Text, another.Values["text"]);
            var feedback = reply.Actions.Where(a => a.Id == GuidanceActions.Feedback).ToList();
            Assert.Equal(["yes", "no"], feedback.Select(a => a.Values["helpful"]));
            Assert.All(feedback, a => Assert.Equal(idea, a.Values["idea"]));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mentioned_call_and_project_are_offered_once_on_the_last_reply(Case c)
    {
        var replies = _builder.Build(c.Text, ReciprocityWithEquity(c), c.Language);

        Assert.DoesNotContain(replies[0].Actions, a => a.Id == GuidanceActions.CallLog);
        var log = Action(replies[^1], GuidanceActions.CallLog);
        Assert.Equal(c.CallLabel, log.Label);
        Assert.Equal(c.Client, log.Values["client"]);
        if (c.Topic is null) Assert.False(log.Values.ContainsKey("topic"));
        else Assert.Equal(c.Topic, log.Values["topic"]);
        Assert.Equal(c.MentionsProject, replies[^1].Actions.Any(a => a.Id == GuidanceActions.EngagementNew));
    }

    [Fact]
    public void Nothing_is_offered_to_log_when_no_call_or_project_is_mentioned()
    {
        var analysis = Analyses.Of((IdeaIds.Loyalty, 0.7));

        var reply = Assert.Single(_builder.Build("They want the premium tier but only need the basic one.", analysis, Language.En));

        Assert.DoesNotContain(reply.Actions, a => a.Id is GuidanceActions.CallLog or GuidanceActions.EngagementNew);
        Assert.Equal(4, reply.Actions.Count);
    }

    [Fact]
    public void A_project_is_offered_for_tracking_with_its_client()
    {
        var analysis = Analyses.Of((IdeaIds.ProjectPhases, 0.7));

        var reply = Assert.Single(_builder.Build("The project with Acme has no milestones at all.", analysis, Language.En));

        Assert.Equal("Acme", Action(reply, GuidanceActions.EngagementNew).Values["client"]);
    }

    [Theory]
    [InlineData(Language.En, "Meeting with Acme next week.", "Tell me a bit more", "What exactly happened with Acme")]
    [InlineData(Language.De, "Nächste Woche Besprechung mit der Acme GmbH.", "Erzählen Sie mir etwas mehr", "Was genau ist mit Acme GmbH vorgefallen")]
    [InlineData(Language.Es, "La próxima semana tengo reunión con Acme.", "Cuénteme un poco más", "¿Qué pasó exactamente con Acme")]
    [InlineData(Language.Id, "Minggu depan ada meeting dengan Acme.", "Ceritakan sedikit lagi", "Apa persisnya yang terjadi dengan Acme")]
    public void An_unclear_situation_gets_one_question_instead_of_a_guess(Language language, string text, string title, string question)
    {
        var analysis = Analyses.Of(language, (IdeaIds.Loyalty, IdeaSelection.MinimumScore - 0.05, ["premium"]));

        var reply = Assert.Single(_builder.Build(text, analysis, language));

        Assert.Equal(GuidanceKinds.Clarify, reply.Kind);
        Assert.Equal(title, reply.Title);
        Assert.StartsWith(question, reply.Blocks[0].Text);
        Assert.Equal(1, reply.Blocks.Count(b => b.Text.Contains('?')));
        Assert.DoesNotContain(reply.Actions, a => a.Id.StartsWith("guidance."));
        Assert.StartsWith("Acme", Action(reply, GuidanceActions.CallLog).Values["client"]);
    }

    [Fact]
    public void The_clarifying_question_does_without_a_client_name()
    {
        var reply = Assert.Single(_builder.Build("hmm", Analyses.Of(), Language.En));

        Assert.Equal("What exactly happened with the client, and what would you like to achieve?", reply.Blocks[0].Text);
        Assert.Empty(reply.Actions);
    }

    [Fact]
    public void Without_client_or_evidence_the_reason_stays_general()
    {
        var reply = Assert.Single(_builder.Build("they keep asking for more", Analyses.Of((IdeaIds.Equity, 0.5)), Language.En));

        Assert.Equal("Why it applies: this is what your situation is mainly about.", reply.Blocks[0].Text);
    }

    [Fact]
    public void Another_angle_shows_the_best_idea_not_yet_shown()
    {
        var analysis = Analyses.Of(Language.De,
            (IdeaIds.Reciprocity, 0.6, []), (IdeaIds.Equity, 0.3, ["Konditionen"]), (IdeaIds.Loyalty, 0.2, []));

        var reply = _builder.AnotherAngle(analysis, [IdeaIds.Reciprocity], Language.De, "Die Müller GmbH zahlt seit Jahren dieselben Konditionen.");

        Assert.Equal(GuidanceKinds.Guidance, reply.Kind);
        Assert.Equal("Worauf es hier ankommt: Ausgewogenheit", reply.Title);
        Assert.Contains("Müller GmbH", reply.Blocks[0].Text);
        Assert.Contains("„Konditionen“", reply.Blocks[0].Text);
        Assert.Equal("reciprocity,equity", Action(reply, GuidanceActions.Another).Values["exclude"]);
        Assert.DoesNotContain(reply.Blocks, b => b.Style == TextStyle.Subtle && b.Text.Contains("Blickwinkel"));
    }

    [Fact]
    public void Another_angle_says_so_when_the_next_idea_fits_less_clearly()
    {
        var analysis = Analyses.Of((IdeaIds.Reciprocity, 0.6), (IdeaIds.Loyalty, 0.1));

        var reply = _builder.AnotherAngle(analysis, [IdeaIds.Reciprocity], Language.En);

        Assert.Equal("What matters here: Loyalty", reply.Title);
        Assert.Equal("This idea fits your situation less clearly; take it as another way of looking at it.", reply.Blocks[^1].Text);
    }

    [Fact]
    public void Another_angle_asks_a_question_once_every_idea_was_shown()
    {
        var reply = _builder.AnotherAngle(Analyses.Of((IdeaIds.Reciprocity, 0.6)), IdeaIds.All.ToList(), Language.Es);

        Assert.Equal(GuidanceKinds.Clarify, reply.Kind);
    }

    [Fact]
    public void A_long_situation_is_cut_to_fit_a_button_value()
    {
        var text = "Call with Acme. " + new string('x', 5000);

        var reply = Assert.Single(_builder.Build(text, Analyses.Of((IdeaIds.Equity, 0.5)), Language.En));

        Assert.Equal(GuidanceReplyBuilder.MaximumCarriedText, Action(reply, GuidanceActions.Another).Values["text"].Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Three_ideas_still_fit_in_chat(Case c)
    {
        var longest = IdeaIds.All.OrderByDescending(id => Size(KnowledgeBase.Default.Get(id, c.Language))).Take(3).ToList();
        var analysis = Analyses.Of(c.Language, (longest[0], 0.5, c.Evidence), (longest[1], 0.45, []), (longest[2], 0.4, []));

        var replies = _builder.Build(c.Text, analysis, c.Language);

        Assert.Equal(3, replies.Count);
        Assert.All(replies, r => Assert.True(r.PlainText.Length <= 3000, $"{r.Title}: {r.PlainText.Length} characters"));
        Assert.All(replies, r => Assert.All(r.Actions, a => Assert.True(a.Label.Length <= 75)));
    }

    private static ReplyAction Action(Reply reply, string id) => Assert.Single(reply.Actions, a => a.Id == id);

    private static int Size(Idea idea) =>
        idea.Meaning.Length + idea.Steps.Sum(s => s.Length) + idea.Avoid.Length + idea.Sentences[0].Length;
}
