namespace Mooncake.Rules.Builder;

/// <summary>
/// The compiler's optimisations, each of which can be switched off (<see cref="RuleRequest.Options"/>):
/// with none (<see cref="Reference"/>) the compiler emits the straightforward rule, each operation
/// by its rule's formula, which the tests compare every optimisation against, bit for bit where
/// the optimisation computes the same thing and to the rounding it documents where it does not.
/// </summary>
[Flags]
internal enum CompilerOptions
{
    /// <summary>The reference level: every optimisation off.</summary>
    Reference = 0,

    /// <summary>A product of a value with itself (or a scaled square) gets the tangent <c>(2v)·v'</c> (DESIGN.md, Squares): one rounding fewer.</summary>
    Squares = 1 << 0,

    /// <summary>A scaling or square used once by a sum leaves its tangent to the sum, one FMA (DESIGN.md, Fused sums): one rounding fewer.</summary>
    FusedSums = 1 << 1,

    /// <summary>An element read used only by a sum is read by the sum as its operand (DESIGN.md, Element reads left to their sum): the same bits.</summary>
    ElementOperands = 1 << 2,

    /// <summary>Array variables keep a reference to their chunk block, element accesses address chunks from it (DESIGN.md, Array element tangents): the same bits.</summary>
    ChunkBases = 1 << 3,

    /// <summary>A sine and a cosine of one value run one <c>SinCos</c> (DESIGN.md, Sine and cosine of one value): the same bits.</summary>
    SinCosPairs = 1 << 4,

    /// <summary>Rules that run several passes per call read the primal memo (DESIGN.md, Primal memo): the same bits.</summary>
    Memo = 1 << 5,

    /// <summary>Small static callees are emitted at their call sites (MethodEmitter.Inlining.cs): the same bits.</summary>
    Inlining = 1 << 6,

    /// <summary>A delegate known at its call site to call a method is invoked through that method's rule, not the dispatch cache (<see cref="KnownDelegates"/>): the same bits.</summary>
    KnownDelegates = 1 << 7,

    /// <summary>A division by a literal power of two is a product with its exact reciprocal (MethodEmitter.Division.cs): the same bits.</summary>
    LiteralDivisors = 1 << 8,

    /// <summary>Divisions are written out leaf by leaf instead of calling the division rule (MethodEmitter.Division.cs): the same bits.</summary>
    WrittenDivisions = 1 << 9,

    /// <summary>Every optimisation.</summary>
    All = Squares | FusedSums | ElementOperands | ChunkBases | SinCosPairs | Memo | Inlining | KnownDelegates | LiteralDivisors | WrittenDivisions,
}
