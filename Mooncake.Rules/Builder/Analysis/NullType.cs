namespace Mooncake.Rules.Builder;

/// <summary>The type of the <c>ldnull</c> constant on the evaluation stack, which merges with any reference type.</summary>
internal sealed class NullType
{
    private NullType()
    {
    }
}
