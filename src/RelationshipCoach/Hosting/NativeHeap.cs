using System.Runtime.InteropServices;

namespace RelationshipCoach.Hosting;

/// <summary>Asks glibc's allocator to give large native blocks back to the system when they are freed.</summary>
/// <remarks>
/// While the service warms up, the JIT compiles in arenas of 64 KB pages, up to about 10 MB at once (heaptrack on
/// the load benchmark). glibc serves blocks that size from its heap once its threshold for separate mappings has
/// moved up, which it does by itself after the first such mapping is freed; later small allocations above them
/// then keep the heap from shrinking, and 15–20 MB of resident memory holds nothing. With a fixed threshold a block
/// from 64 KB up that free heap space cannot serve gets a mapping of its own, unmapped on free, instead of growing
/// the heap (docs/performance.md, eighth round).
/// </remarks>
public static class NativeHeap
{
    /// <summary>The size from which a block gets a mapping of its own.</summary>
    public const int OwnMappingFrom = 64 * 1024;

    // M_MMAP_THRESHOLD in <malloc.h>; setting it also turns off glibc's dynamic adjustment of it.
    private const int MmapThreshold = -3;

    /// <summary>Sets the threshold; true when the allocator took it (glibc on Linux), false elsewhere.</summary>
    public static bool MapLargeBlocksSeparately()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return mallopt(MmapThreshold, OwnMappingFrom) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc")]
    private static extern int mallopt(int param, int value);
}
