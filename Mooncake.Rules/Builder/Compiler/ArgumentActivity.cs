using System.Reflection;
using System.Text;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Which IL arguments of a method carry tangents in one request (the receiver of an instance
/// method is argument 0): a constant argument gets no tangent parameter, and the rule holds it,
/// and what is read from it, inactive. The default value has every argument active.
/// </summary>
/// <remarks>
/// A bit set of the constant arguments, so that the all-active request, by far the most common,
/// is the default value. Arguments past the 64th are always active.
/// </remarks>
internal readonly record struct ArgumentActivity
{
    private readonly ulong _constant;

    private ArgumentActivity(ulong constant) => _constant = constant;

    /// <summary>Every argument carries a tangent.</summary>
    public static ArgumentActivity AllActive => default;

    /// <summary>Whether every argument carries a tangent.</summary>
    public bool IsAllActive => _constant == 0;

    /// <summary>Whether argument <paramref name="index"/> is constant (carries no tangent).</summary>
    public bool IsConstant(int index) => index is >= 0 and < 64 && ((_constant >> index) & 1) != 0;

    /// <summary>This activity with argument <paramref name="index"/> constant (no change past the 64th argument).</summary>
    public ArgumentActivity WithConstant(int index) => index is >= 0 and < 64 ? new(_constant | (1UL << index)) : this;

    /// <summary>This activity with argument <paramref name="index"/> active.</summary>
    public ArgumentActivity WithActive(int index) => index is >= 0 and < 64 ? new(_constant & ~(1UL << index)) : this;

    /// <summary>The receiver (argument 0) constant, for an instance method; all active otherwise.</summary>
    public static ArgumentActivity ConstantReceiver(MethodBase method) => method.IsStatic ? AllActive : AllActive.WithConstant(0);

    /// <summary>The indices of the constant arguments of a method with <paramref name="count"/> IL arguments.</summary>
    public IEnumerable<int> Constants(int count)
    {
        for (int i = 0; i < Math.Min(count, 64); i++)
        {
            if (IsConstant(i))
            {
                yield return i;
            }
        }
    }

    /// <summary><c>all active</c>, or the constant arguments: <c>constant 0, 2</c>.</summary>
    public override string ToString()
    {
        if (IsAllActive)
        {
            return "all active";
        }

        var text = new StringBuilder("constant ");
        text.AppendJoin(", ", Constants(64));
        return text.ToString();
    }
}
