using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Tests.Knowledge;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void A_document_high_in_both_lists_beats_one_that_tops_only_one()
    {
        var fused = ReciprocalRankFusion.Fuse([["a", "b", "c"], ["b", "d", "a"]], k: 60);

        Assert.Equal(["b", "a", "d", "c"], fused);
    }

    [Fact]
    public void A_single_list_keeps_its_order()
    {
        Assert.Equal(["x", "y", "z"], ReciprocalRankFusion.Fuse([["x", "y", "z"]], k: 60));
    }
}
