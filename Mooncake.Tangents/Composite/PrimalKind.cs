namespace Mooncake.Tangents;

/// <summary>How a primal type is represented in the tangent system.</summary>
public enum PrimalKind
{
    /// <summary>Carries no derivative (integers, booleans, enums, strings...): tangent <see cref="NoTangent"/>.</summary>
    NoTangent,

    /// <summary><see cref="double"/> or <see cref="float"/>: tangent is one chunk.</summary>
    Scalar,

    /// <summary><c>double[]</c> or <c>float[]</c>: tangent <see cref="ArrayTangent{TChunk, T}"/>.</summary>
    ScalarArray,

    /// <summary><c>double[,]</c> or <c>float[,]</c>: tangent <see cref="MatrixTangent{TChunk, T}"/>.</summary>
    ScalarMatrix,

    /// <summary>A one-dimensional array of anything else (jagged arrays, arrays of structs or objects): an array of the element tangents.</summary>
    ElementArray,

    /// <summary>A <c>ValueTuple</c> of 2 to 7 elements: a <see cref="TupleTangent{T1, T2}"/> (and wider).</summary>
    Tuple,

    /// <summary><c>Nullable&lt;T&gt;</c>: the tangent of <c>T</c> (a null value has the zero tangent).</summary>
    Nullable,

    /// <summary>Any other struct: a struct tangent built at run time with a field per field.</summary>
    Struct,

    /// <summary>A class: a class tangent built at run time, mirroring the class hierarchy and aliasing.</summary>
    Class,

    /// <summary><see cref="object"/> or an interface: the tangent is typed <see cref="object"/> and follows the run-time value.</summary>
    Dynamic,

    /// <summary>A delegate: the tangent is that of its target (the closure object), typed <see cref="object"/>.</summary>
    Delegate,

    /// <summary>
    /// A SIMD vector of <see cref="double"/> or <see cref="float"/> (<c>Vector&lt;T&gt;</c>,
    /// <c>Vector128/256/512&lt;T&gt;</c>): tangent <see cref="LaneTangents4{TChunk}"/> (or the type
    /// for its lane count), one chunk per lane, lane-major.
    /// </summary>
    SimdVector,
}
