using System.Runtime.InteropServices;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Tests.Hosting;

public sealed class NativeHeapTests
{
    // glibc marks a chunk that has a mapping of its own with this bit in the size word just before the block.
    private const long IsMmapped = 2;

    [Fact]
    public void A_block_above_the_threshold_gets_a_mapping_of_its_own()
    {
        Assert.True(OperatingSystem.IsLinux(), "The service's memory figures are for Linux and glibc.");
        Assert.True(NativeHeap.MapLargeBlocksSeparately());

        // 96 KB is below glibc's initial threshold of 128 KB, so without the setting it comes from the heap.
        var above = Marshal.AllocHGlobal(NativeHeap.OwnMappingFrom + 32 * 1024);
        var below = Marshal.AllocHGlobal(NativeHeap.OwnMappingFrom / 2);
        try
        {
            Assert.Equal(IsMmapped, Marshal.ReadInt64(above, -8) & IsMmapped);
            Assert.Equal(0, Marshal.ReadInt64(below, -8) & IsMmapped);
        }
        finally
        {
            Marshal.FreeHGlobal(above);
            Marshal.FreeHGlobal(below);
        }
    }
}
