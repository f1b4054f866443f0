namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>Polls until a condition holds, with a bound generous for busy CI machines: a guard against hanging, not a timing assertion.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(30);

    public static Task TrueAsync(Func<Task<bool>> condition, string failure, TimeSpan? within = null) =>
        TrueAsync(condition, () => failure, within);

    /// <param name="failure">Written when the bound runs out, so it can describe the state the condition last saw.</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> failure, TimeSpan? within = null)
    {
        var bound = within ?? DefaultBound;
        var until = DateTime.UtcNow + bound;
        while (!await condition())
        {
            if (DateTime.UtcNow >= until) Assert.Fail($"{failure()} (waited {bound.TotalSeconds:F0} s)");
            await Task.Delay(100);
        }
    }
}
