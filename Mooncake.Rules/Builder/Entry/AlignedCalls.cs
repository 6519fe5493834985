using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Calls into derived rules with the stack pointer at a multiple of 64 bytes, so that the
/// rules' spilled vector tangents sit on whole cache lines.
/// </summary>
/// <remarks>
/// A rule whose loop calls a function (<c>Math.SinCos</c> in Ackley's cosines) keeps its chunk
/// tangents in stack slots across the call: the x64 calling convention preserves no vector
/// register. The JIT places those slots at multiples of 64 bytes from the caller's stack pointer
/// but aligns the stack to 16 bytes only, so where the slots land depends on where the caller's
/// stack happens to be, which differs from process to process. A 64-byte slot 16 bytes off a
/// 32-byte boundary measured 2x slower on this CPU (Zen 4 executes a 512-bit load or store as two
/// 256-bit halves, and a half that straddles the boundary is not forwarded from the store in
/// flight): Ackley's width-8 gradient took 0.9 ms in one process and 1.8 ms in the next, and
/// shifting the caller's stack by 16 bytes in one process moved it between the two. Aligning the
/// caller's stack pointer makes every rule's slots aligned, in every process.
/// </remarks>
internal static class AlignedCalls
{
    // Not a constant: a stackalloc of constant size may become a slot of the fixed frame, whose
    // address says nothing about the stack pointer.
    private static int s_probeBytes = 16;

    /// <summary>Runs <paramref name="call"/> with the stack pointer at a multiple of 64 bytes.</summary>
    /// <remarks>
    /// The call is this method's only call and passes its arguments in registers, so the JIT
    /// reserves no outgoing argument area and the last stack allocation's address is the stack
    /// pointer at the call. Costs a call and two stack allocations: for the chunk widths whose
    /// tangents are 32 bytes or more (<see cref="Wanted{TChunk}"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run<TCall>(ref TCall call)
        where TCall : struct, IRuleCall
    {
        Span<byte> probe = stackalloc byte[s_probeBytes];
        nint at = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref MemoryMarshal.GetReference(probe));
        Span<byte> pad = stackalloc byte[64 + (int)(at & 63)];
        pad[0] = 0;
        call.Invoke();
    }

    /// <summary>Whether a chunk of <typeparamref name="TChunk"/> can straddle a 32-byte boundary on the stack (4 lanes and more).</summary>
    public static bool Wanted<TChunk>()
        where TChunk : struct, IChunk<TChunk, double>
        => TChunk.Width >= 4;
}

/// <summary>A call of a derived rule's entry point, run by <see cref="AlignedCalls.Run"/>.</summary>
internal interface IRuleCall
{
    /// <summary>Calls the entry point and keeps its results.</summary>
    void Invoke();
}

/// <summary>A call of an <see cref="ArrayToScalar{TChunk}"/> entry point.</summary>
internal struct ArrayToScalarCall<TChunk>(ArrayToScalar<TChunk> entry, object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx) : IRuleCall
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The function's value.</summary>
    public double Value;

    /// <summary>The value's tangent.</summary>
    public TChunk Partials;

    /// <inheritdoc/>
    public void Invoke() => Value = entry(target, targetTangent, x, dx, out Partials);

    /// <summary>Calls the entry point, through <see cref="AlignedCalls.Run"/> where the width wants it.</summary>
    public static double Call(ArrayToScalar<TChunk> entry, object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx, out TChunk partials)
    {
        if (!AlignedCalls.Wanted<TChunk>())
        {
            return entry(target, targetTangent, x, dx, out partials);
        }

        var call = new ArrayToScalarCall<TChunk>(entry, target, targetTangent, x, dx);
        AlignedCalls.Run(ref call);
        partials = call.Partials;
        return call.Value;
    }
}

/// <summary>A call of a <see cref="MatrixToScalar{TChunk}"/> entry point.</summary>
internal struct MatrixToScalarCall<TChunk>(MatrixToScalar<TChunk> entry, object? target, object? targetTangent, double[,] x, MatrixTangent<TChunk, double> dx) : IRuleCall
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The value's tangent.</summary>
    public TChunk Partials;

    /// <inheritdoc/>
    public void Invoke() => _ = entry(target, targetTangent, x, dx, out Partials);

    /// <summary>Calls the entry point for the value's tangent, through <see cref="AlignedCalls.Run"/> where the width wants it.</summary>
    public static TChunk Call(MatrixToScalar<TChunk> entry, object? target, object? targetTangent, double[,] x, MatrixTangent<TChunk, double> dx)
    {
        var call = new MatrixToScalarCall<TChunk>(entry, target, targetTangent, x, dx);
        if (AlignedCalls.Wanted<TChunk>())
        {
            AlignedCalls.Run(ref call);
        }
        else
        {
            call.Invoke();
        }

        return call.Partials;
    }
}

/// <summary>A call of an <see cref="ArrayToArray{TChunk}"/> entry point.</summary>
internal struct ArrayToArrayCall<TChunk>(ArrayToArray<TChunk> entry, object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx) : IRuleCall
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The function's value.</summary>
    public double[]? Value;

    /// <summary>The value's tangent.</summary>
    public ArrayTangent<TChunk, double>? Tangent;

    /// <inheritdoc/>
    public void Invoke() => Value = entry(target, targetTangent, x, dx, out Tangent);

    /// <summary>Calls the entry point, through <see cref="AlignedCalls.Run"/> where the width wants it.</summary>
    public static double[]? Call(ArrayToArray<TChunk> entry, object? target, object? targetTangent, double[] x, ArrayTangent<TChunk, double> dx, out ArrayTangent<TChunk, double> tangent)
    {
        var call = new ArrayToArrayCall<TChunk>(entry, target, targetTangent, x, dx);
        if (AlignedCalls.Wanted<TChunk>())
        {
            AlignedCalls.Run(ref call);
        }
        else
        {
            call.Invoke();
        }

        tangent = call.Tangent!;
        return call.Value;
    }
}

/// <summary>A call of an <see cref="ArrayIntoArray{TChunk}"/> entry point.</summary>
internal readonly struct ArrayIntoArrayCall<TChunk>(ArrayIntoArray<TChunk> entry, object? target, object? targetTangent, double[] y, ArrayTangent<TChunk, double> dy, double[] x, ArrayTangent<TChunk, double> dx) : IRuleCall
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <inheritdoc/>
    public void Invoke() => entry(target, targetTangent, y, dy, x, dx);

    /// <summary>Calls the entry point, through <see cref="AlignedCalls.Run"/> where the width wants it.</summary>
    public static void Call(ArrayIntoArray<TChunk> entry, object? target, object? targetTangent, double[] y, ArrayTangent<TChunk, double> dy, double[] x, ArrayTangent<TChunk, double> dx)
    {
        var call = new ArrayIntoArrayCall<TChunk>(entry, target, targetTangent, y, dy, x, dx);
        if (AlignedCalls.Wanted<TChunk>())
        {
            AlignedCalls.Run(ref call);
        }
        else
        {
            call.Invoke();
        }
    }
}
