using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

// The shapes of function the Forward API differentiates, as typed entry points into derived
// rules: the delegate's target and its tangent come first (as object), then each argument's
// primal and tangent, then the result's tangent.

/// <summary>Entry point for <c>Func&lt;double, double&gt;</c>.</summary>
internal delegate double ScalarToScalar<TChunk>(object? target, object? targetTangent, double x, TChunk dx, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;double, double, double&gt;</c>.</summary>
internal delegate double ScalarsToScalar<TChunk>(object? target, object? targetTangent, double x, TChunk dx, double y, TChunk dy, out TChunk dz)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;double, double[]&gt;</c>.</summary>
internal delegate double[] ScalarToArray<TChunk>(object? target, object? targetTangent, double x, TChunk dx, out ArrayTangent<TChunk, double> dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Action&lt;double[], double&gt;</c>.</summary>
internal delegate void ScalarIntoArray<TChunk>(object? target, object? targetTangent, double[] y, ArrayTangent<TChunk, double> dy, double x, TChunk dx)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;double[], double&gt;</c>.</summary>
internal delegate double ArrayToScalar<TChunk>(object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;double[,], double&gt;</c>.</summary>
internal delegate double MatrixToScalar<TChunk>(object? target, object? targetTangent, double[,] x, MatrixTangent<TChunk, double> dx, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;double[], double[]&gt;</c>.</summary>
internal delegate double[] ArrayToArray<TChunk>(object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx, out ArrayTangent<TChunk, double> dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Action&lt;double[], double[]&gt;</c> writing its first argument.</summary>
internal delegate void ArrayIntoArray<TChunk>(object? target, object? targetTangent, double[] y, ArrayTangent<TChunk, double> dy, double[] x, ArrayTangent<TChunk, double> dx)
    where TChunk : struct, IChunk<TChunk, double>;
