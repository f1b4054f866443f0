using System.Runtime.InteropServices;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Tests.Hosting;

public sealed class NativeHeapTests
{
    // glibc marks a chunk that has a mapping of its own with this bit in the size word just before the block.
    private const long IsMmapped = 2;

    // 96 KB is below glibc's initial threshold of 128 KB, which only ever moves up: without the setting a block this
    // size always comes from the heap.
    private const int AboveThreshold = NativeHeap.OwnMappingFrom + 32 * 1024;

    [Fact]
    public void A_block_above_the_threshold_that_the_heap_cannot_serve_gets_a_mapping_of_its_own()
    {
        Assert.True(OperatingSystem.IsLinux(), "The service's memory figures are for Linux and glibc.");
        Assert.True(NativeHeap.MapLargeBlocksSeparately());

        // glibc serves any size from free heap space first, and the test host's heap has some: take blocks until
        // more than all of it is taken, so that at least the last ones must come from the system.
        var bound = FreeHeapBytes() / AboveThreshold + 32;
        var blocks = new List<IntPtr>();
        try
        {
            while (blocks.Count < bound && !blocks.Any(Mapped)) blocks.Add(Marshal.AllocHGlobal(AboveThreshold));
            Assert.Contains(blocks, Mapped);
        }
        finally
        {
            blocks.ForEach(Marshal.FreeHGlobal);
        }
    }

    [Fact]
    public void A_block_below_the_threshold_comes_from_the_heap()
    {
        Assert.True(NativeHeap.MapLargeBlocksSeparately());

        var below = Marshal.AllocHGlobal(NativeHeap.OwnMappingFrom / 2);
        try
        {
            Assert.False(Mapped(below));
        }
        finally
        {
            Marshal.FreeHGlobal(below);
        }
    }

    private static bool Mapped(IntPtr block) => (Marshal.ReadInt64(block, -8) & IsMmapped) != 0;

    private static long FreeHeapBytes() => (long)mallinfo2().fordblks;

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
    }

    [DllImport("libc")]
    private static extern MallInfo2 mallinfo2();
}
