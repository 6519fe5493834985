using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// Directions seeded once into a <see cref="PushforwardPlan"/>'s chunk-major block
/// (<see cref="PushforwardPlan.PrepareDirections"/>), for evaluations at many points along the
/// same directions. It belongs to the plan that prepared it and, like the plan, is used by one
/// thread at a time.
/// </summary>
public sealed class PushforwardDirections
{
    internal PushforwardDirections(PushforwardPlan plan, object block)
    {
        Plan = plan;
        Block = block;
    }

    /// <summary>The number of elements of each direction.</summary>
    public int Length => Plan.Length;

    /// <summary>The number of directions.</summary>
    public int Count => Plan.Directions;

    internal PushforwardPlan Plan { get; }

    // The ArrayTangent of the plan's width holding the seeded directions.
    internal object Block { get; }
}
