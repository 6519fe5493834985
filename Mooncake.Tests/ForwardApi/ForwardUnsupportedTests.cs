using System.Reflection;
using System.Runtime.InteropServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Constructs the rule builder refuses (pointers, P/Invoke, reflection, the address of a static field that receives derivatives)
/// raise an <see cref="UnsupportedILException"/> (a <see cref="NotSupportedException"/>) when
/// the rule is built, naming the method, the IL offset and the instruction: never a wrong
/// derivative. A function that throws its own exception propagates it unchanged through every
/// entry point, and the rule still works afterwards.
/// </summary>
[TestClass]
public sealed class ForwardUnsupportedTests
{
    private static double s_lastInput;

    [TestMethod]
    public void PointersIntoArraysDifferentiate() =>
        CollectionAssert.AreEqual(new[] { 2.0, 1.0 }, Forward.Gradient(ThroughAPointer, [1.0, 2.0]));

    [TestMethod]
    public void WritingDerivativesIntoNativeMemoryIsRefused()
    {
        UnsupportedILException e = Refused(() => Forward.Gradient(ThroughNativeMemory, [1.0, 2.0]), nameof(ThroughNativeMemory), "through a pointer without a tangent", "native memory");
        Assert.IsNotNull(e.Instruction, "the instruction is named");
    }

    [TestMethod]
    public void ReadingThroughAnAddressOfUnknownOriginIsRefused() =>
        Refused(() => Forward.Gradient(ThroughAPinnedHandle, [1.0, 2.0]), nameof(ThroughAPinnedHandle), "pointer of unknown origin");

    [TestMethod]
    public void ReinterpretingAPointerWithDerivativesIsRefused() =>
        Refused(() => Forward.Gradient(ThroughALongPointer, [1.0, 2.0]), nameof(ThroughALongPointer), "reinterprets a pointer to values that carry derivatives");

    [TestMethod]
    public void PassingAPointerWithDerivativesAsVoidIsRefused() =>
        Refused(() => Forward.Gradient(ThroughMemoryCopy, [1.0, 2.0]), nameof(ThroughMemoryCopy), "MemoryCopy", "Void*");

    [TestMethod]
    public void SpansOfStructsOverActiveArraysAreRefused()
    {
        // Before the refusal these gave 0 and 2 where the derivatives are 0.7 and 1 (the span was
        // a constant: FftSharp's in-place FFT over Span<Complex> lost its derivatives so).
        Refused(() => Forward.Gradient(ReadsThroughAComplexSpan, [0.3, 0.7]), nameof(ReadsThroughAComplexSpan), "Span<Complex>", "carry tangents");
        Refused(() => Forward.Gradient(SwapsThroughAComplexSpan, [0.3, 0.7]), nameof(SwapsThroughAComplexSpan), "Span<Complex>");
        Refused(() => Forward.Gradient(ViewsAStructArray, [0.3, 0.7]), nameof(ViewsAStructArray), "ReadOnlySpan<Pair>");
    }

    [TestMethod]
    public void SpansOfStructsOverConstantArraysStillRun() =>
        Assert.AreEqual(2.0 * 0.3, Forward.Derivative(x => x * x * ReadsAConstantComplexSpan(), 0.3), 1e-12);

    [TestMethod]
    public void PlatformInvokeIsRefused() =>
        Refused(() => Forward.Derivative(ThroughPlatformInvoke, 0.5), nameof(ThroughPlatformInvoke), nameof(LibmCos), "no IL");

    [TestMethod]
    public void ReflectionWithAKnownTargetDifferentiates() =>
        Assert.AreEqual(Math.Sin(0.5) + (0.5 * Math.Cos(0.5)), Forward.Derivative(ThroughReflection, 0.5), 1e-15);

    [TestMethod]
    public void ReflectionThatCannotBeFollowedIsRefused()
    {
        Refused(() => Forward.Derivative(ThroughInvokeMember, 0.5), nameof(ThroughInvokeMember), "InvokeMember", "is reflection");
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => Forward.Derivative(ThroughAReferenceParameter, 0.5));
        StringAssert.Contains(e.Message, "takes or returns a reference");
    }

    [TestMethod]
    public void ReflectionChecksItsArgumentsAsThePrimalDoes()
    {
        Assert.ThrowsExactly<TargetParameterCountException>(() => ThroughAWrongCount(0.5));
        Assert.ThrowsExactly<TargetParameterCountException>(() => Forward.Derivative(ThroughAWrongCount, 0.5));
    }

    [TestMethod]
    public void WritingAStaticFieldKeepsItsDerivativeAndLeavesThePrimalsState()
    {
        // Once refused: the field's tangent lives in the pass's shadow (StaticShadows).
        CollectionAssert.AreEqual(new[] { 2.0, 1.0 }, Forward.Gradient(WritesAStaticField, [1.0, 2.0]));
        Assert.AreEqual(1.0, s_lastInput, "the field holds what the primal left");
    }

    [TestMethod]
    public void TakingTheAddressOfAStaticFieldThatReceivesDerivativesIsRefused() =>
        Refused(() => Forward.Gradient(AddressOfAShadowedField, [1.0, 2.0]), nameof(AddressOfAShadowedField), "ldsflda", "address of the static field");

    [TestMethod]
    public void AFunctionsOwnExceptionPropagatesFromEveryEntryPoint()
    {
        double[] x = [1.0, -2.0, 3.0];
        Propagates(() => Forward.Derivative(ThrowsBelowZero, -1.0));
        Propagates(() => Forward.Derivative(v => new[] { ThrowsBelowZero(v) }, -1.0));
        Propagates(() => Forward.Derivative((y, v) => y[0] = ThrowsBelowZero(v), new double[1], -1.0));
        Propagates(() => Forward.Gradient(ThrowsOnANegativeElement, x, 2));
        Propagates(() => Forward.Gradient(m => ThrowsBelowZero(m[0, 1]), new double[,] { { 1, -1 } }));
        Propagates(() => Forward.Jacobian(v => new[] { ThrowsOnANegativeElement(v) }, x));
        Propagates(() => Forward.Jacobian((y, v) => y[0] = ThrowsOnANegativeElement(v), new double[1], x));
        Propagates(() => Forward.Pushforward(ThrowsOnANegativeElement, x, [[1, 0, 0]], new double[1]));
        Propagates(() => Forward.PrepareGradient(ThrowsOnANegativeElement, 3).ValueAndGradient(x, new double[3]));
        Propagates(() => Forward.PrepareDerivative(ThrowsBelowZero).ValueAndDerivative(-1.0, out _));

        // The same rules, called where the function does not throw, still give derivatives.
        Assert.AreEqual(-1.0 / (2.0 * 2.0), Forward.Derivative(ThrowsBelowZero, 2.0), 1e-15);
        CollectionAssert.AreEqual(new[] { 3.0, 0.0, 1.0 }, Forward.Gradient(ThrowsOnANegativeElement, [1.0, 2.0, 3.0], 2));
    }

    [TestMethod]
    public void TheBclsExceptionsPropagateUnwrapped()
    {
        Assert.ThrowsExactly<IndexOutOfRangeException>(() => Forward.Gradient(x => x[0] * x[x.Length], [1.0, 2.0]));
        Assert.ThrowsExactly<DivideByZeroException>(() => Forward.Gradient(x => x[0] * (1 / (int)x[1]), [1.0, 0.0]));
        Assert.ThrowsExactly<NullReferenceException>(() => Forward.Gradient(x => ((double[])null!)[0] * x[0], [1.0]));
    }

    private static UnsupportedILException Refused(Action action, string method, params string[] fragments)
    {
        UnsupportedILException e = Assert.ThrowsExactly<UnsupportedILException>(action);
        Assert.IsInstanceOfType<NotSupportedException>(e);
        StringAssert.Contains(e.Message, method, "the message names the method");
        if (e.Instruction is not null)
        {
            StringAssert.Contains(e.Message, $"IL_{e.Instruction.Offset:X4}", "the message names the IL offset");
        }

        foreach (string fragment in fragments)
        {
            StringAssert.Contains(e.Message, fragment);
        }

        return e;
    }

    private static void Propagates(Action action)
    {
        FunctionException e = Assert.ThrowsExactly<FunctionException>(action);
        Assert.AreEqual("negative input", e.Message);
    }

    private static unsafe double ThroughAPointer(double[] x)
    {
        fixed (double* p = x)
        {
            return p[0] * p[1];
        }
    }

    private static unsafe double ThroughNativeMemory(double[] x)
    {
        double* p = (double*)NativeMemory.Alloc((nuint)(x.Length * sizeof(double)));
        try
        {
            p[0] = x[0] * x[1];
            return p[0];
        }
        finally
        {
            NativeMemory.Free(p);
        }
    }

    private static unsafe double ThroughAPinnedHandle(double[] x)
    {
        GCHandle handle = GCHandle.Alloc(x, GCHandleType.Pinned);
        try
        {
            double* p = (double*)handle.AddrOfPinnedObject();
            return p[0] * x[1];
        }
        finally
        {
            handle.Free();
        }
    }

    private static unsafe double ThroughALongPointer(double[] x)
    {
        var y = (double[])x.Clone();
        fixed (double* p = y)
        {
            long* bits = (long*)p;
            *bits ^= 1L << 63;
        }

        return y[0] * x[1];
    }

    private static unsafe double ThroughMemoryCopy(double[] x)
    {
        var y = new double[x.Length];
        fixed (double* p = x, q = y)
        {
            Buffer.MemoryCopy(p, q, y.Length * sizeof(double), x.Length * sizeof(double));
        }

        return y[0] * y[1];
    }
    private static double ReadsThroughAComplexSpan(double[] x)
    {
        var c = new System.Numerics.Complex[] { new(x[0], 0), new(x[1], 0) };
        Span<System.Numerics.Complex> s = c.AsSpan();
        return s[0].Real * s[1].Real;
    }

    private static double SwapsThroughAComplexSpan(double[] x)
    {
        var c = new System.Numerics.Complex[] { new(x[0], 0), new(x[1], 0) };
        Span<System.Numerics.Complex> s = c.AsSpan();
        (s[1], s[0]) = (s[0], s[1]);
        return (2 * c[0].Real) + c[1].Real;
    }

    private static double ViewsAStructArray(double[] x)
    {
        Pair[] pairs = [new(x[0], x[1])];
        ReadOnlySpan<Pair> view = pairs;
        return view[0].A * view[0].B;
    }

    private static readonly System.Numerics.Complex[] ConstantNumbers = [new(1.0, 2.0)];

    private static double ReadsAConstantComplexSpan() => ConstantNumbers.AsSpan()[0].Real;

    private readonly record struct Pair(double A, double B);

    [DllImport("libm.so.6", EntryPoint = "cos")]
    private static extern double LibmCos(double x);

    private static double ThroughPlatformInvoke(double x) => x * LibmCos(x);

    private static double ThroughInvokeMember(double x) =>
        x * (double)typeof(Math).InvokeMember(nameof(Math.Sin), BindingFlags.InvokeMethod | BindingFlags.Public | BindingFlags.Static, null, null, [x])!;

    private static void Twice(ref double value) => value *= 2;

    private static double ThroughAReferenceParameter(double x)
    {
        object?[] arguments = [x];
        typeof(ForwardUnsupportedTests).GetMethod(nameof(Twice), BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);
        return (double)arguments[0]! * x;
    }

    private static double ThroughAWrongCount(double x) =>
        x * (double)typeof(Math).GetMethod(nameof(Math.Sin), [typeof(double)])!.Invoke(null, [x, x])!;

    private static double ThroughReflection(double x) =>
        x * (double)typeof(Math).GetMethod(nameof(Math.Sin), [typeof(double)])!.Invoke(null, [x])!;

    private static double WritesAStaticField(double[] x)
    {
        s_lastInput = x[0];
        return s_lastInput * x[1];
    }

    private static double s_accumulated;

    private static double AddressOfAShadowedField(double[] x)
    {
        s_accumulated = x[0];
        Interlocked.Exchange(ref s_accumulated, x[1]);
        return s_accumulated;
    }

    private static double ThrowsBelowZero(double x) => x < 0 ? throw new FunctionException("negative input") : 1.0 / x;

    private static double ThrowsOnANegativeElement(double[] x)
    {
        foreach (double v in x)
        {
            if (v < 0)
            {
                throw new FunctionException("negative input");
            }
        }

        return (x[0] * x[2]) + 0.0;
    }

    private sealed class FunctionException(string message) : Exception(message);
}
