namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Mixed activity: data that carries no derivative (constant arrays, objects and scalars passed to
/// helpers, static fields, static readonly tables, closure captures) meeting inputs that do, in
/// the same helpers, the same parameters, the same arrays. A call-site specialisation that gives
/// such data no tangent must still give every value written from an input its derivative: each
/// function here is built so that a dropped tangent changes its gradient. The functions write
/// every static slot they read before reading it, so that every call computes the same value.
/// </summary>
/// <remarks>
/// Helpers without active arguments reading static data written earlier in the pass, copies
/// between statics and lazily built statics are in <see cref="StaticStateCorpus"/>; delegates
/// handed to helpers and tables kept in objects' fields in <see cref="DelegateTargetsCorpus"/>.
/// </remarks>
public sealed class SpecialisationCorpus : ICorpusFamily
{
    private const int Rows = 3;

    private static readonly double[] Coefficients = [0.7, -1.3, 0.45, 2.1, -0.6, 0.25];
    private static readonly double[] Table = [1.5, -0.4, 0.9, 2.2, -1.1, 0.3, 0.8, -0.7];
    private static readonly double[] Scratch = new double[8];
    private static readonly double[] SameFunctionBuffer = new double[8];
    private static readonly Model StaticModel = new([0.5, -1.2, 0.8, 1.7, -0.3, 0.6, -0.9, 1.1], 0.35);
    private static readonly Model WrittenModel = new(new double[8], 0);
    private static readonly double Offset = 0.3;
    private static double? s_lazyScale;

    // Mutable static scalars, read (never written) by the functions.
    private static double s_scale = 1.7;
    private static int s_terms = 4;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        // Constant arrays passed to helpers with active inputs.
        CorpusCase.Gradient(WeightsTimesInput, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(RectangularWeights, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ConstantActiveAndScalar, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ElementOfAConstantArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ConstantPassedDownNestedHelpers, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SameConstantArrayTwice, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(HelperCalledWithConstantThenActive, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ScratchBufferFilledByAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AccumulatorConstantThenActive, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ScatterThenGather, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(HelperReturnsAConstantArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ConstantAndActiveAliasInOneCall, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(OverwrittenConstantElement, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(LinearInTheInput, CorpusCase.Point(5, -1, 1), x => [.. Enumerable.Range(0, x.Length).Select(i => Table[i] + (2 * Table[i + 1]))]),

        // Static fields.
        CorpusCase.Derivative(HornerWithAStaticTable, 0.6, HornerWithAStaticTableDerivative),
        CorpusCase.Gradient(PolynomialOfEachInput, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticScalars, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(StaticArrayReadByAHelper, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StaticScratchAcrossTwoHelpers, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticScratchAcrossNesting, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StaticArrayWrittenAndReadBack, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticArrayReturnedByAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureReadsAStaticWrittenEarlier, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticReadByAHelperWithAnActiveScalar, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticObjectWrittenThenReadByItsMethod, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(StaticObject, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StaticObjectPassedToAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(LazyStaticTable, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Derivative(LazyStaticTableOfOne, 0.4),
        CorpusCase.Gradient(LazilyInitialisedStaticScalar, CorpusCase.Point(4, -1, 1)),

        // Static fields of other classes.
        CorpusCase.Gradient(OtherClassesTable, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Derivative(OtherClassesChebyshev, 0.35),
        CorpusCase.Gradient(OtherClassesArrayWrittenByAThirdClass, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(OtherClassesArrayWrittenThroughAnotherHelper, CorpusCase.Point(5, -1, 1)),

        // Closures.
        CorpusCase.Gradient(LambdaCapturesConstants, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosurePassesCapturedArrayToAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureCapturesADelegate, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(TwoLambdasShareADisplayClass, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureWritesACapturedArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureOverConstantsOnly, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Derivative(Capturing([0.4, -1.1, 0.7], 0.9), 0.3, name: "Capturing([0.4, -1.1, 0.7], 0.9)"),

        // Recursion with mixed activity.
        CorpusCase.Derivative(RecursiveHorner, 0.7, HornerWithAStaticTableDerivative),
        CorpusCase.Gradient(RecursiveWeightedSum, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(MutualRecursionSwapsArguments, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ParameterConstantAtTopActiveBelow, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Derivative(ScalarConstantAtTopActiveBelow, 0.45),
        CorpusCase.Gradient(RecursionOverStaticTable, CorpusCase.Point(5, -1, 1)),

        // Structs and objects.
        CorpusCase.Gradient(ConstantObjectPassedToAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StructHoldingAConstantArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ObjectFieldWrittenByAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ObjectArrayFieldWrittenByAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StructFieldsMixed, CorpusCase.Point(4, -1, 1)),

        // Vector outputs.
        CorpusCase.Jacobian(ConstantMatrixLayer, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Jacobian(StaticScratchToOutput, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Jacobian(ClosureMapsWithCapturedTable, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Jacobian(ConstantRowsThenInputRows, CorpusCase.Point(3, -1, 1)),
    ];

    // ---- Constant arrays passed to helpers ----

    public static double WeightsTimesInput(double[] x)
    {
        double[] w =
        [
            0.3, -0.8, 1.2, 0.5, -0.1,
            0.9, 0.4, -0.6, 1.1, 0.2,
            -0.5, 0.7, 0.3, -1.4, 0.6,
        ];
        double[] y = MatVec(w, Rows, x);
        double s = 0;
        for (int i = 0; i < y.Length; i++)
        {
            s += Math.Tanh(y[i]) * (i + 1);
        }

        return s + (y[0] * y[2]);
    }

    public static double RectangularWeights(double[] x)
    {
        var w = new double[2, 4];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                w[i, j] = Math.Cos(i + (0.7 * j));
            }
        }

        double[] y = MatVec(w, x);
        return (y[0] * y[0]) + Math.Sin(y[1]) * y[0];
    }

    public static double ConstantActiveAndScalar(double[] x)
    {
        double[] c = [0.2, 1.4, -0.7, 0.9, -1.3, 0.5];
        return Mix(c, x, 0.8) + Mix(c, x, -1.3) * x[0];
    }

    public static double ElementOfAConstantArray(double[] x)
    {
        double[] table = [2.0, -1.0, 0.5, 3.0, -0.25];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += At(table, i) * x[i] * x[i];
        }

        // The same helper returning an element of the active input.
        return s + (At(table, 3) * At(x, 1) * At(x, 4));
    }

    public static double ConstantPassedDownNestedHelpers(double[] x)
    {
        double[] c = [0.6, -0.3, 1.2, 0.8, -0.9];
        return Outer(c, x, 1.5);
    }

    public static double SameConstantArrayTwice(double[] x)
    {
        double[] c = [1.1, -0.4, 0.7, 0.3, -1.6];
        return Bilinear(c, c, x) + Bilinear(c, x, c) * Bilinear(x, c, c);
    }

    public static double HelperCalledWithConstantThenActive(double[] x)
    {
        double[] c = [0.5, 1.5, -0.5, 2.0, -1.0];
        return (Dot(c, x) * Dot(x, x)) + (Dot(c, c) * Dot(x, c)) + Math.Sin(Dot(c, c) * x[2]);
    }

    public static double ScratchBufferFilledByAHelper(double[] x)
    {
        // The buffer is constant where it is allocated and passed; the helper fills it from x.
        var scratch = new double[x.Length];
        FillExp(scratch, x, 0.5);
        double[] constants = [0.1, 0.2, 0.3, 0.4, 0.5];
        var other = new double[x.Length];
        FillExp(other, constants, 2.0);
        return Sum(scratch) * Sum(other) + (scratch[1] * scratch[3]);
    }

    public static double AccumulatorConstantThenActive(double[] x)
    {
        double[] c = [0.3, -0.2, 0.8, 1.0, -0.5, 0.4];
        var acc = new double[x.Length];
        Axpy(acc, c, 1.0);
        Axpy(acc, x, 2.0);
        Axpy(acc, c, -0.5);
        double s = 0;
        foreach (double v in acc)
        {
            s += v * v * v;
        }

        return s;
    }

    public static double ScatterThenGather(double[] x)
    {
        var buffer = new double[2 * x.Length];
        Scatter(buffer, x);
        double[] weights = [0.5, -1.0, 0.25, 1.5, -0.75, 0.1, 0.9];
        return Gather(buffer, weights) * buffer[3];
    }

    public static double HelperReturnsAConstantArray(double[] x)
    {
        double[] a = ConstantRow(x.Length);
        double[] b = ScaledCopy(a, x[0]);
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (a[i] * x[i]) + (b[i] * Math.Sin(x[i]));
        }

        return s;
    }

    public static double ConstantAndActiveAliasInOneCall(double[] x)
    {
        // The same helper with (constant, active) and with (active, active) of one array.
        double[] c = [0.9, -0.2, 0.4, 1.3, -0.8];
        double[] cx = Multiply(c, x);
        double[] xx = Multiply(x, x);
        return Sum(cx) * Sum(xx) + Sum(Multiply(cx, c));
    }

    public static double OverwrittenConstantElement(double[] x)
    {
        // A constant array one of whose elements becomes active: the other elements stay constant.
        double[] c = [1.0, 2.0, 3.0, 4.0];
        c[2] = x[1] * x[3];
        return WeightedSquares(c, x) + c[2];
    }

    public static double LinearInTheInput(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += LinearTerm(Table, i, x[i]);
        }

        return s;
    }

    // ---- Static fields ----

    public static double HornerWithAStaticTable(double x) => Horner(Coefficients, x);

    public static double HornerWithAStaticTableDerivative(double x)
    {
        double d = 0;
        for (int i = Coefficients.Length - 1; i >= 1; i--)
        {
            d = (d * x) + (i * Coefficients[i]);
        }

        return d;
    }

    public static double PolynomialOfEachInput(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Horner(Coefficients, x[i]) * x[(i + 1) % x.Length];
        }

        return s;
    }

    public static double StaticScalars(double[] x)
    {
        double s = 0;
        for (int k = 1; k <= s_terms; k++)
        {
            s += Math.Sin(k * x[0] * x[1]) / k;
        }

        return (s_scale * s) + (Offset * x[2] * x[2]) + (s_scale * Offset * x[0]);
    }

    public static double StaticArrayReadByAHelper(double[] x) => WeightedByTable(x) * WeightedByTable(x) + (Table[1] * x[1]);

    public static double StaticScratchAcrossTwoHelpers(double[] x)
    {
        WriteScratch(x);
        return ReadScratch(x) + (Scratch[0] * x[1]);
    }

    public static double StaticScratchAcrossNesting(double[] x)
    {
        WriteScratchThroughAHelper(x);
        return ReadScratchThroughAHelper(x) * Scratch[x.Length - 1];
    }

    public static double StaticArrayWrittenAndReadBack(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            SameFunctionBuffer[i] = Math.Exp(x[i]) * Table[i];
        }

        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += SameFunctionBuffer[i] * SameFunctionBuffer[(i + 2) % x.Length];
        }

        return s;
    }

    public static double StaticArrayReturnedByAHelper(double[] x)
    {
        WriteScratch(x);
        double[] scratch = TheScratch();
        return (scratch[0] * scratch[1]) + scratch[x.Length - 1] + ScratchTimes(x[3], x.Length);
    }

    public static double ClosureReadsAStaticWrittenEarlier(double[] x)
    {
        WriteScratch(x);
        Func<int, double> read = i => Scratch[i] * Table[i];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += read(i) * read((i + 1) % x.Length);
        }

        return s;
    }

    public static double StaticReadByAHelperWithAnActiveScalar(double[] x)
    {
        WriteScratch(x);
        return ScratchTimes(x[0] * x[1], x.Length) + ScratchTimes(x[2], 2);
    }

    public static double StaticObjectWrittenThenReadByItsMethod(double[] x)
    {
        // An active value written into a static object (its field and its array's elements),
        // then read by an instance method of that object.
        WrittenModel.Bias = x[0] * x[1];
        for (int i = 0; i < x.Length; i++)
        {
            WrittenModel.Weights[i] = Math.Sin(x[i]);
        }

        return WrittenModel.Apply(x) + WrittenModel.Bias;
    }

    public static double StaticObject(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Tanh((StaticModel.Weights[i] * x[i]) + StaticModel.Bias);
        }

        return s * x[0];
    }

    public static double StaticObjectPassedToAHelper(double[] x) => StaticModel.Apply(x) + Evaluate(StaticModel, x) * x[2];

    public static double LazyStaticTable(double[] x)
    {
        double[] table = LazyHolder.Table;
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += table[i] * Math.Sin(x[i] * table[i + 1]);
        }

        return s;
    }

    public static double LazyStaticTableOfOne(double x) => Horner(LazyHolder.Table, x);

    public static double LazilyInitialisedStaticScalar(double[] x)
    {
        // A lazily computed constant (the field is written with a value that carries no derivative).
        double scale = s_lazyScale ??= ComputeScale();
        return (scale * x[0] * x[1]) + Math.Exp(scale * x[2]) * x[3];
    }

    // ---- Static fields of other classes ----

    public static double OtherClassesTable(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += SpecialisationTables.Weights[i] * Math.Exp(SpecialisationTables.Rates[i] * x[i]);
        }

        return s * SpecialisationTables.Scale;
    }

    public static double OtherClassesChebyshev(double x) => SpecialisationTables.Chebyshev(x);

    public static double OtherClassesArrayWrittenByAThirdClass(double[] x)
    {
        SpecialisationWriter.Store(x);
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += SpecialisationState.Values[i] * SpecialisationState.Values[(i + 1) % x.Length];
        }

        return s;
    }

    public static double OtherClassesArrayWrittenThroughAnotherHelper(double[] x)
    {
        SpecialisationWriter.StoreScaled(x, SpecialisationTables.Weights);
        return SpecialisationWriter.SumOfProducts(x) + SpecialisationState.Values[0];
    }

    // ---- Closures ----

    public static double LambdaCapturesConstants(double[] x)
    {
        double[] c = [0.3, -0.9, 1.4, 0.6, -0.2];
        double k = 0.7;
        Func<double, int, double> term = (v, i) => c[i] * Math.Sin((k * v) + c[i]);
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += term(x[i], i) * x[(i + 1) % x.Length];
        }

        return s;
    }

    public static double ClosurePassesCapturedArrayToAHelper(double[] x)
    {
        double[] c = [1.2, 0.4, -0.8, 0.5, -1.1];
        double k = -0.6;
        Func<double[], double> h = v => Mix(c, v, k) * Dot(c, v);
        Func<double> g = () => Mix(c, x, 0.5);
        return h(x) + (g() * x[1]);
    }

    public static double ClosureCapturesADelegate(double[] x)
    {
        double[] c = [0.5, -0.3, 0.8, 1.1];
        double k = 0.4;
        Func<double, double> inner = v => (c[0] * v * v) + c[1];
        Func<double, double> outer = v => inner(v) + Math.Exp(inner(v * k) * c[2]);
        double s = 0;
        foreach (double v in x)
        {
            s += outer(v);
        }

        return s * x[3];
    }

    public static double TwoLambdasShareADisplayClass(double[] x)
    {
        double[] c = [0.8, -0.5, 1.3, 0.2, -0.7];
        double unrelated = 5.0;
        Func<int, double> first = i => c[i] * x[i] * x[i];
        Func<double> second = () => (unrelated * c[0]) + x[2];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += first(i);
        }

        return s * second();
    }

    public static double ClosureWritesACapturedArray(double[] x)
    {
        double[] c = [0.4, 1.1, -0.6, 0.9, -1.2];
        var buffer = new double[x.Length];
        Action<int> write = i => buffer[i] = x[i] * x[(i + 1) % x.Length] * c[i];
        Func<int, double> read = i => buffer[i] + c[i];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            write(i);
            s += read(i) * read(i);
        }

        return s;
    }

    public static double ClosureOverConstantsOnly(double[] x)
    {
        // A closure that sees no active value: its result multiplies active values.
        double[] c = [0.25, 0.5, 1.0, 2.0];
        Func<int, double> weight = i => c[i] * c[(i + 1) % c.Length] + Offset;
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += weight(i) * Math.Cos(x[i]);
        }

        return s;
    }

    public static Func<double, double> Capturing(double[] c, double k) => v => Horner(c, v) * Math.Exp(k * v) + Dot(c, [v, v * v, 1.0]);

    // ---- Recursion ----

    public static double RecursiveHorner(double x) => HornerFrom(Coefficients, x, 0);

    public static double RecursiveWeightedSum(double[] x)
    {
        double[] w = [0.5, -1.5, 0.75, 2.0, -0.25, 1.25, -0.8];
        return WeightedSumFrom(w, x, 0) * WeightedSumFrom(x, x, 0);
    }

    public static double MutualRecursionSwapsArguments(double[] x)
    {
        double[] c = [0.9, -0.4, 1.3, 0.2, -0.7, 0.6];
        return Ping(c, x, x.Length - 1);
    }

    public static double ParameterConstantAtTopActiveBelow(double[] x)
    {
        double[] start = [1.0, 0.5, -0.5, 0.25, -1.0];
        return Iterate(start, x, 3);
    }

    public static double ScalarConstantAtTopActiveBelow(double x) => Unroll(0.7, x, 4);

    public static double RecursionOverStaticTable(double[] x) => TableRecursion(x, 0) + (TableRecursion(Table, 0) * x[0]);

    // ---- Structs and objects ----

    public static double ConstantObjectPassedToAHelper(double[] x)
    {
        var layer = new Model([0.4, -0.7, 1.2, 0.3, -1.5], -0.2);
        return Evaluate(layer, x) + layer.Apply(x) * layer.Bias;
    }

    public static double StructHoldingAConstantArray(double[] x)
    {
        var table = new TableStruct([0.6, 1.3, -0.8, 0.2, -0.4], 1.5);
        return EvaluateByValue(table, x) + (table.Scale * EvaluateByValue(table, [x[1], x[0], x[2], x[4], x[3]]));
    }

    public static double ObjectFieldWrittenByAHelper(double[] x)
    {
        var holder = new Holder(x.Length);
        FillHolder(holder, x);
        return (holder.Value * holder.Other) + (holder.Values[1] * holder.Value) + holder.Constant;
    }

    public static double ObjectArrayFieldWrittenByAHelper(double[] x)
    {
        var model = new Model(new double[x.Length], 0.5);
        SetWeights(model, x);
        double[] c = [0.3, 0.6, -0.9, 1.2, -0.4];
        return Evaluate(model, c) * model.Weights[2];
    }

    public static double StructFieldsMixed(double[] x)
    {
        var pair = new MixedPair(x[0] * x[1], 2.5, [0.5, -0.5, 1.5, 0.75]);
        pair = Advance(pair, x);
        return pair.Active * pair.Constant + Sum(pair.Table) * x[3];
    }

    // ---- Vector outputs ----

    public static double[] ConstantMatrixLayer(double[] x)
    {
        double[] w =
        [
            0.3, -0.8, 1.2, 0.5, -0.1,
            0.9, 0.4, -0.6, 1.1, 0.2,
            -0.5, 0.7, 0.3, -1.4, 0.6,
        ];
        double[] y = MatVec(w, Rows, x);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Math.Tanh(y[i] + Table[i]);
        }

        return y;
    }

    public static double[] StaticScratchToOutput(double[] x)
    {
        WriteScratch(x);
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Scratch[i] * Table[i] + Scratch[(i + 1) % x.Length];
        }

        return y;
    }

    public static double[] ClosureMapsWithCapturedTable(double[] x)
    {
        double[] c = [0.2, -0.6, 1.1, 0.8, -0.3, 0.5];
        Func<double, int, double> map = (v, i) => Math.Sin(v * c[i]) + (v * v * Coefficients[i]);
        return [.. x.Select(map)];
    }

    public static double[] ConstantRowsThenInputRows(double[] x)
    {
        double[] c = [0.5, -1.0, 2.0];
        double[] a = Multiply(c, c);
        double[] b = Multiply(a, x);
        return [Sum(a) * x[0], b[0] + b[1], Dot(b, c) * x[2], Dot(a, a)];
    }

    // ---- Helpers ----

    private static double[] MatVec(double[] w, int rows, double[] x)
    {
        int columns = w.Length / rows;
        var y = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double s = 0;
            for (int j = 0; j < columns; j++)
            {
                s += w[(i * columns) + j] * x[j];
            }

            y[i] = s;
        }

        return y;
    }

    private static double[] MatVec(double[,] w, double[] x)
    {
        var y = new double[w.GetLength(0)];
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < w.GetLength(1); j++)
            {
                y[i] += w[i, j] * x[j];
            }
        }

        return y;
    }

    private static double Mix(double[] c, double[] a, double s)
    {
        double total = 0;
        for (int i = 0; i < a.Length; i++)
        {
            total += (c[i] * Math.Sin(a[i] * s)) + (s * a[i] * a[i]);
        }

        return total;
    }

    private static double At(double[] table, int i) => table[i];

    private static double Outer(double[] c, double[] x, double scale) => Middle(c, x, scale) * Middle(c, x, -scale) + Inner(c, x, 0);

    private static double Middle(double[] c, double[] x, double scale)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Inner(c, x, i) * scale;
        }

        return Math.Sin(s);
    }

    private static double Inner(double[] c, double[] x, int i) => c[i] * Math.Exp(x[i] * c[(i + 1) % c.Length]);

    private static double Bilinear(double[] a, double[] b, double[] v)
    {
        double s = 0;
        for (int i = 0; i < v.Length; i++)
        {
            s += (a[i] * b[i] * v[i]) + (a[i] * v[i] * v[i]);
        }

        return s;
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static double Sum(double[] a)
    {
        double s = 0;
        foreach (double v in a)
        {
            s += v;
        }

        return s;
    }

    private static void FillExp(double[] target, double[] source, double rate)
    {
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = Math.Exp(rate * source[i]);
        }
    }

    private static void Axpy(double[] y, double[] x, double a)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Scatter(double[] buffer, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            buffer[2 * i] = x[i] * x[i];
            buffer[(2 * i) + 1] = 1.0;
        }
    }

    private static double Gather(double[] buffer, double[] weights)
    {
        double s = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            s += weights[i] * buffer[2 * i] * buffer[(2 * i) + 1];
        }

        return s;
    }

    private static double[] ConstantRow(int n)
    {
        var row = new double[n];
        for (int i = 0; i < n; i++)
        {
            row[i] = 1.0 / (i + 1);
        }

        return row;
    }

    private static double[] ScaledCopy(double[] a, double scale)
    {
        var b = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            b[i] = a[i] * scale;
        }

        return b;
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var c = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            c[i] = a[i] * b[i];
        }

        return c;
    }

    private static double WeightedSquares(double[] c, double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += c[i] * x[i] * x[i];
        }

        return s;
    }

    private static double LinearTerm(double[] table, int i, double x) => (table[i] * x) + (2 * table[i + 1] * x) + table[i + 2];

    private static double Horner(double[] c, double x)
    {
        double y = 0;
        for (int i = c.Length - 1; i >= 0; i--)
        {
            y = (y * x) + c[i];
        }

        return y;
    }

    private static double WeightedByTable(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Table[i] * x[i] * x[i];
        }

        return s;
    }

    private static void WriteScratch(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            Scratch[i] = Math.Sin(x[i]) * x[(i + 1) % x.Length];
        }
    }

    // The reader takes an active argument: a helper with none runs as its primal today (see the
    // remarks on the class), so its reads of the scratch would lose their derivatives.
    private static double ReadScratch(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Scratch[i] * (Scratch[i] + x[i]) * Table[i];
        }

        return s;
    }

    private static double ReadScratchPrefix(double[] x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += Scratch[i] * x[i];
        }

        return s;
    }

    private static double[] TheScratch() => Scratch;

    private static double ScratchTimes(double k, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += Scratch[i] * Scratch[i] * k;
        }

        return s;
    }

    private static void WriteScratchThroughAHelper(double[] x)
    {
        WriteScratch(x);
        Scratch[0] *= x[2];
    }

    private static double ReadScratchThroughAHelper(double[] x) => ReadScratch(x) + ReadScratchPrefix(x, x.Length - 1);

    private static double[] BuildTable()
    {
        var table = new double[8];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = Math.Cos(0.4 * i) + 0.1;
        }

        return table;
    }

    private static double ComputeScale() => Math.Sqrt(2.0) - 0.2;

    private static double Evaluate(Model model, double[] x)
    {
        double s = model.Bias;
        for (int i = 0; i < x.Length; i++)
        {
            s += model.Weights[i] * x[i] * x[(i + 1) % x.Length];
        }

        return Math.Sin(s);
    }

    private static double HornerFrom(double[] c, double x, int i) => i == c.Length ? 0 : c[i] + (x * HornerFrom(c, x, i + 1));

    private static double WeightedSumFrom(double[] w, double[] x, int i) => i == x.Length ? 0 : (w[i] * Math.Sin(x[i])) + WeightedSumFrom(w, x, i + 1);

    // Ping takes (constant, active); Pong takes them the other way round.
    private static double Ping(double[] c, double[] x, int i) => i < 0 ? 1 : c[i] + (x[i] * Pong(x, c, i - 1));

    private static double Pong(double[] x, double[] c, int i) => i < 0 ? 0 : (Math.Sin(x[i]) * c[i]) + Ping(c, x, i - 1);

    // v is the caller's constant at the top call, an array computed from x below it.
    private static double Iterate(double[] v, double[] x, int depth)
    {
        if (depth == 0)
        {
            return Dot(v, x);
        }

        var next = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            next[i] = v[i] + (Math.Sin(x[i]) * v[(i + 1) % v.Length]);
        }

        return Iterate(next, x, depth - 1) + v[0];
    }

    // a is a constant at the top call, a function of x below it.
    private static double Unroll(double a, double x, int n) => n == 0 ? a * x : (0.5 * Unroll(a + (x * x), x, n - 1)) + a;

    private static double TableRecursion(double[] v, int i) => i == 5 ? 0 : (Table[i] * v[i] * v[i]) + TableRecursion(v, i + 1);

    private static double EvaluateByValue(TableStruct table, double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += table.Values[i] * Math.Exp(table.Scale * x[i] * 0.3);
        }

        return s;
    }

    private static void FillHolder(Holder holder, double[] x)
    {
        holder.Value = x[0] * x[1];
        holder.Other = Math.Exp(x[2]);
        for (int i = 0; i < x.Length; i++)
        {
            holder.Values[i] = x[i] * x[(i + 2) % x.Length];
        }
    }

    private static void SetWeights(Model model, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            model.Weights[i] = x[i] * x[i] + 0.5;
        }

        model.Bias = x[4];
    }

    private static MixedPair Advance(MixedPair pair, double[] x) => new(pair.Active * x[2] + pair.Constant, pair.Constant * 2, pair.Table);

    // The holder idiom: the table is built by the holder's type initialiser, on first use.
    private static class LazyHolder
    {
        public static readonly double[] Table = BuildTable();
    }

    public sealed class Model(double[] weights, double bias)
    {
        public double[] Weights { get; } = weights;

        public double Bias { get; set; } = bias;

        public double Apply(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += Math.Tanh((Weights[i] * x[i]) + Bias);
            }

            return s;
        }
    }

    public readonly struct TableStruct(double[] values, double scale)
    {
        public double[] Values { get; } = values;

        public double Scale { get; } = scale;
    }

    public readonly struct MixedPair(double active, double constant, double[] table)
    {
        public double Active { get; } = active;

        public double Constant { get; } = constant;

        public double[] Table { get; } = table;
    }

    public sealed class Holder(int n)
    {
        public double Value;
        public double Other;
        public double Constant = 1.25;
        public double[] Values = new double[n];
    }
}

/// <summary>Static tables of a class other than the functions', read by <see cref="SpecialisationCorpus"/>.</summary>
public static class SpecialisationTables
{
    public static readonly double[] Weights = [0.8, -0.6, 1.4, 0.3, -1.1, 0.7];
    public static readonly double[] Rates = [0.5, 1.2, -0.7, 0.9, 0.3, -0.4];
    public static readonly double Scale = 1.3;
    private static readonly double[] ChebyshevCoefficients = [0.9, -0.35, 0.6, 0.12, -0.27, 0.05];

    /// <summary>A Chebyshev series by Clenshaw's recurrence.</summary>
    public static double Chebyshev(double x)
    {
        double b1 = 0, b2 = 0;
        for (int k = ChebyshevCoefficients.Length - 1; k >= 1; k--)
        {
            double b0 = (2 * x * b1) - b2 + ChebyshevCoefficients[k];
            b2 = b1;
            b1 = b0;
        }

        return (x * b1) - b2 + ChebyshevCoefficients[0];
    }
}

/// <summary>A mutable static array of a class other than the functions', written by <see cref="SpecialisationWriter"/>.</summary>
public static class SpecialisationState
{
    // Only the functions of SpecialisationCorpus use it (their test class runs its tests one at a time).
    public static readonly double[] Values = new double[8];
}

/// <summary>A third class writing <see cref="SpecialisationState.Values"/> with active values.</summary>
public static class SpecialisationWriter
{
    public static void Store(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            SpecialisationState.Values[i] = Math.Exp(0.5 * x[i]) - x[i];
        }
    }

    public static void StoreScaled(double[] x, double[] weights)
    {
        Store(x);
        for (int i = 0; i < x.Length; i++)
        {
            SpecialisationState.Values[i] *= weights[i] * x[(i + 1) % x.Length];
        }
    }

    public static double SumOfProducts(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += SpecialisationState.Values[i] * (SpecialisationState.Values[i] + x[i]);
        }

        return s;
    }
}

[TestClass] public sealed class SpecialisationCorpusTests : CorpusTests<SpecialisationCorpus>;
