using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

// The tangents of System.Numerics' float types (the vectors, quaternions, planes and matrices of
// games, graphics and robotics): one chunk per float field, with the primal's field names, so that
// user code's field loads and stores (v.X, m.M41) map to the tangent field of the same name, and
// in the primal's order, so that a rule views the tangent as a span of chunks as it views the
// primal as a span of floats.

/// <summary>The tangent of <see cref="System.Numerics.Vector2"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Vector2Tangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Vector2.X"/>.</summary>
    public TChunk X;

    /// <summary>The tangent of <see cref="System.Numerics.Vector2.Y"/>.</summary>
    public TChunk Y;
}

/// <summary>The tangent of <see cref="System.Numerics.Vector3"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Vector3Tangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Vector3.X"/>.</summary>
    public TChunk X;

    /// <summary>The tangent of <see cref="System.Numerics.Vector3.Y"/>.</summary>
    public TChunk Y;

    /// <summary>The tangent of <see cref="System.Numerics.Vector3.Z"/>.</summary>
    public TChunk Z;
}

/// <summary>The tangent of <see cref="System.Numerics.Vector4"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Vector4Tangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Vector4.X"/>.</summary>
    public TChunk X;

    /// <summary>The tangent of <see cref="System.Numerics.Vector4.Y"/>.</summary>
    public TChunk Y;

    /// <summary>The tangent of <see cref="System.Numerics.Vector4.Z"/>.</summary>
    public TChunk Z;

    /// <summary>The tangent of <see cref="System.Numerics.Vector4.W"/>.</summary>
    public TChunk W;
}

/// <summary>The tangent of <see cref="System.Numerics.Quaternion"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct QuaternionTangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Quaternion.X"/>.</summary>
    public TChunk X;

    /// <summary>The tangent of <see cref="System.Numerics.Quaternion.Y"/>.</summary>
    public TChunk Y;

    /// <summary>The tangent of <see cref="System.Numerics.Quaternion.Z"/>.</summary>
    public TChunk Z;

    /// <summary>The tangent of <see cref="System.Numerics.Quaternion.W"/>.</summary>
    public TChunk W;
}

/// <summary>The tangent of <see cref="System.Numerics.Matrix3x2"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Matrix3x2Tangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M11"/>.</summary>
    public TChunk M11;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M12"/>.</summary>
    public TChunk M12;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M21"/>.</summary>
    public TChunk M21;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M22"/>.</summary>
    public TChunk M22;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M31"/>.</summary>
    public TChunk M31;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix3x2.M32"/>.</summary>
    public TChunk M32;
}

/// <summary>The tangent of <see cref="System.Numerics.Matrix4x4"/>: one chunk per field, named as the primal's.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Matrix4x4Tangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M11"/>.</summary>
    public TChunk M11;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M12"/>.</summary>
    public TChunk M12;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M13"/>.</summary>
    public TChunk M13;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M14"/>.</summary>
    public TChunk M14;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M21"/>.</summary>
    public TChunk M21;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M22"/>.</summary>
    public TChunk M22;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M23"/>.</summary>
    public TChunk M23;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M24"/>.</summary>
    public TChunk M24;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M31"/>.</summary>
    public TChunk M31;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M32"/>.</summary>
    public TChunk M32;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M33"/>.</summary>
    public TChunk M33;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M34"/>.</summary>
    public TChunk M34;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M41"/>.</summary>
    public TChunk M41;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M42"/>.</summary>
    public TChunk M42;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M43"/>.</summary>
    public TChunk M43;

    /// <summary>The tangent of <see cref="System.Numerics.Matrix4x4.M44"/>.</summary>
    public TChunk M44;
}

/// <summary>The tangent of <see cref="System.Numerics.Plane"/>: the normal's tangent and the distance's chunk.</summary>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct PlaneTangent<TChunk>
    where TChunk : struct
{
    /// <summary>The tangent of <see cref="System.Numerics.Plane.Normal"/>.</summary>
    public Vector3Tangent<TChunk> Normal;

    /// <summary>The tangent of <see cref="System.Numerics.Plane.D"/>.</summary>
    public TChunk D;
}
