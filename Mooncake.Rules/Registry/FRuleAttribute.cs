using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// Marks a static method as the forward rule (frule) of a primal method. The primal is named by
/// its declaring type, name and parameter types; for a static abstract interface member (what
/// generic math compiles to, such as <c>IMultiplyOperators&lt;double, double, double&gt;.op_Multiply</c>)
/// name the interface and set <see cref="ConstrainedTo"/> to the implementing type, and the
/// implementation is registered. A rule method may carry several attributes (one rule for
/// <c>Math.Sin</c> and <c>double.Sin</c>).
/// </summary>
/// <remarks>
/// <para>Signature convention: the rule's generic parameters are the primal's own generic
/// parameters (in order) followed by the chunk types, each constrained to
/// <c>IChunk&lt;TChunk, double&gt;</c> or <c>IChunk&lt;TChunk, float&gt;</c>. Its parameters are the
/// primal's parameters mapped to their dual types at that width
/// (<see cref="Mooncake.Tangents.TangentTypes.DualType(System.Type, Mooncake.Tangents.ChunkWidth)"/>):
/// <c>double</c> becomes <c>Dual&lt;TChunk&gt;</c>, <c>double[]</c> becomes
/// <c>Dual&lt;double[], ArrayTangent&lt;TChunk, double&gt;&gt;</c>, values without a tangent stay as
/// they are. A <c>Span&lt;double&gt;</c> or <c>ReadOnlySpan&lt;double&gt;</c> (or of <c>float</c>)
/// becomes <see cref="Mooncake.Tangents.DualSpan{T, TChunk}"/> or
/// <see cref="Mooncake.Tangents.ReadOnlyDualSpan{T, TChunk}"/> (the span and its chunk-major tangent
/// span, empty for a constant), and a <c>ref</c>/<c>in</c>/<c>out</c> parameter of a type with a
/// tangent becomes <see cref="Mooncake.Tangents.DualRef{TPrimal, TTangent}"/> (a null tangent
/// reference for a constant); other references stay by reference. An instance primal's
/// receiver comes first. The return type maps the same way.</para>
/// <para>A rule computes the primal value exactly as the primal does, once, and leaves every
/// input in the state the primal leaves it (updating tangents of mutated arrays in place).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class FRuleAttribute : Attribute
{
    /// <summary>Names the primal method.</summary>
    /// <param name="declaringType">The type that declares the primal (or the interface, with <see cref="ConstrainedTo"/>).</param>
    /// <param name="methodName">The primal's name (operators by their metadata names, e.g. <c>op_Multiply</c>).</param>
    /// <param name="parameterTypes">The primal's parameter types, to pick the overload; for a generic primal use its generic method definition's parameter types as written with <see cref="GenericParameter"/> placeholders.</param>
    public FRuleAttribute(Type declaringType, string methodName, params Type[] parameterTypes)
    {
        DeclaringType = declaringType;
        MethodName = methodName;
        ParameterTypes = parameterTypes;
    }

    /// <summary>The type that declares the primal, or the interface of a static abstract member.</summary>
    public Type DeclaringType { get; }

    /// <summary>The primal's name.</summary>
    public string MethodName { get; }

    /// <summary>The primal's parameter types.</summary>
    public Type[] ParameterTypes { get; }

    /// <summary>For a static abstract interface member: the type whose implementation is the primal.</summary>
    public Type? ConstrainedTo { get; init; }

    /// <summary>What the rule computes; <see cref="RuleKind.Derivative"/> unless the primal is piecewise constant.</summary>
    public RuleKind Kind { get; init; } = RuleKind.Derivative;

    /// <summary>
    /// The arguments (by position, an instance primal's receiver first) whose data the rule only
    /// reads, as the primal does: the source of a copy. The compiler may then pass an array or
    /// object there that carries no derivative (a constant table) without a tangent of its own.
    /// Declare it only for arguments whose dual has a dynamic tangent (<see cref="object"/>, where
    /// null means zero). Null: the rule may write every argument it takes.
    /// </summary>
    public int[]? ReadOnly { get; init; }

    /// <summary>The number of generic parameters of a generic primal (0 for an ordinary method).</summary>
    public int GenericParameterCount { get; init; }

    /// <summary>
    /// For a rule of one instantiation of a generic primal (such as <c>double.CreateChecked&lt;float&gt;</c>,
    /// whose dual depends on the type argument): the type arguments that close it. The rule then
    /// has only chunk type parameters.
    /// </summary>
    public Type[]? TypeArguments { get; init; }
}
