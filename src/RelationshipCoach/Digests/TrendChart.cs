using System.Globalization;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;
using ScottPlot;

namespace RelationshipCoach.Digests;

/// <summary>Draws the team's eight-week trend as a small PNG: on-time confirmation rate and, when there are any, check-ins answered.</summary>
public static class TrendChart
{
    public const int Width = 640;
    public const int Height = 280;

    public static byte[] Render(IReadOnlyList<TrendPoint> trend, Language language)
    {
        var culture = Texts.Culture(language);
        var plot = new Plot();
        var positions = Enumerable.Range(0, trend.Count).Select(i => (double)i).ToArray();
        AddLine(plot, trend, p => p.OnTimeRate, Texts.Default.Get(language, "digest.chart.on-time"), Colors.SteelBlue);
        if (trend.Any(p => p.CheckInRate is not null))
            AddLine(plot, trend, p => p.CheckInRate, Texts.Default.Get(language, "digest.chart.check-ins"), Colors.DarkOrange);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions, trend.Select(p => p.WeekStart.ToString("d MMM", culture)).ToArray());
        plot.Axes.SetLimits(-0.3, trend.Count - 0.7, 0, 105);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Weeks without anything to count are left out rather than drawn as zero, which would read as a failure.</summary>
    private static void AddLine(Plot plot, IReadOnlyList<TrendPoint> trend, Func<TrendPoint, double?> rate, string label, Color color)
    {
        var points = trend.Select((p, i) => (X: (double)i, Y: rate(p))).Where(p => p.Y is not null).ToArray();
        if (points.Length == 0) return;
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value * 100).ToArray(), color);
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = 6;
    }
}
