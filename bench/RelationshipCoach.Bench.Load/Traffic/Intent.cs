namespace RelationshipCoach.Bench.Load.Traffic;

/// <summary>What a request asks of the coach: guidance on a situation, logging a call, or a button click.</summary>
public enum Intent { Guidance, LogCall, Click }

/// <summary>Picks the intent of the n-th request: the guidance share as given, the rest split between call logging and clicks.</summary>
public static class Intents
{
    public static Intent Pick(long n, int guidancePercent)
    {
        var slot = (int)((Mix.Scramble(n + 7919) >> 8) % 100);
        if (slot < guidancePercent) return Intent.Guidance;
        return slot % 2 == 0 ? Intent.LogCall : Intent.Click;
    }
}
