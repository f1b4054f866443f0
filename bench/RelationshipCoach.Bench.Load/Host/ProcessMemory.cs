namespace RelationshipCoach.Bench.Load.Host;

/// <summary>A process's resident memory as Linux reports it in /proc/&lt;pid&gt;/status (VmRSS now, VmHWM its peak), in bytes.</summary>
public readonly record struct ProcessMemory(long Rss, long PeakRss)
{
    public static ProcessMemory? Read(int pid)
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) * 1024;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) * 1024;
            }
            return new ProcessMemory(rss, peak);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
