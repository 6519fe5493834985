using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <see cref="AlignedCalls"/> makes where a rule's frame lands independent of where its caller's
/// stack is: called from frames 16, 32 and 48 bytes apart, the callee's stack sits at the same
/// offset from a 64-byte boundary. The plans that call through it give the same gradients, bit for
/// bit, as the entry called directly.
/// </summary>
[TestClass]
public sealed class AlignedCallsTests
{
    private static int s_bytes = 16;

    [TestMethod]
    public void TheCalleesStackIsAtTheSameOffsetFromA64ByteBoundaryWhereverTheCallerIs()
    {
        var offsets = new HashSet<nint>();
        var direct = new HashSet<nint>();
        for (int shift = 0; shift < 64; shift += 16)
        {
            offsets.Add(FromShiftedFrame(shift, aligned: true) & 63);
            direct.Add(FromShiftedFrame(shift, aligned: false) & 63);
        }

        Assert.HasCount(1, offsets, $"through AlignedCalls: {string.Join(", ", offsets)}");
        Assert.IsGreaterThan(1, direct.Count, "without it the offset follows the caller (else this test shows nothing)");
    }

    [TestMethod]
    [DataRow(4)]
    [DataRow(8)]
    [DataRow(16)]
    public void APlanThroughAlignedCallsGivesTheEntrysGradient(int width)
    {
        double[] x = [.. Enumerable.Range(0, 37).Select(i => Math.Sin(i + 0.5))];
        double[] gradient = new double[x.Length];
        GradientPlan plan = Forward.PrepareGradient(CosineSum, x.Length, width);
        double value = plan.ValueAndGradient(x, gradient);
        Assert.AreEqual(CosineSum(x), value);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = (-2 * Math.PI * Math.Sin(2 * Math.PI * x[i])) + (2 * x[i]);
            Assert.AreEqual(expected, gradient[i], 1e-13 * Math.Max(1.0, Math.Abs(expected)), $"element {i}");
        }
    }

    [TestMethod]
    public void AnExceptionInTheCallPropagates()
    {
        var call = new Throwing();
        Assert.ThrowsExactly<InvalidOperationException>(() => AlignedCalls.Run(ref call));
    }

    // Ackley's loop: a call per element, with chunk tangents live across it.
    private static double CosineSum(double[] x)
    {
        double s = 0.0;
        foreach (double xi in x)
        {
            s += Math.Cos(2 * Math.PI * xi) + (xi * xi);
        }

        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint FromShiftedFrame(int shift, bool aligned)
    {
        Span<byte> pad = stackalloc byte[s_bytes + shift];
        pad[0] = 1;
        var call = new StackProbe();
        if (aligned)
        {
            AlignedCalls.Run(ref call);
        }
        else
        {
            Direct(ref call);
        }

        return call.Address + pad[0] - 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Direct(ref StackProbe call) => call.Invoke();

    // Records the address of a stack allocation at the top of its callee's frame.
    private struct StackProbe : IRuleCall
    {
        public nint Address;

        public void Invoke() => Address = Probe();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static nint Probe()
        {
            Span<byte> here = stackalloc byte[s_bytes];
            return Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref MemoryMarshal.GetReference(here));
        }
    }

    private struct Throwing : IRuleCall
    {
        public readonly void Invoke() => throw new InvalidOperationException("thrown in the call");
    }
}
