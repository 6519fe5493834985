using System.Numerics;
using FftSharp;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A third-party signal-processing library differentiated as it is: FftSharp 2.2.0's direct DFT
/// and its inverse (over <c>System.Numerics.Complex</c> arrays), magnitude and phase spectra,
/// windows applied to signals and built from active parameters (Kaiser's Bessel series, Tukey's
/// taper, Blackman's coefficients), zero padding, the mel scale and a sine synthesised from an
/// active frequency. The signals are the inputs; every spectral bin read is away from zero,
/// where magnitude and phase have kinks. Its radix-2 FFT works in place over
/// <c>Span&lt;Complex&gt;</c>, which the compiler refuses (see <see cref="ThirdPartyRefusalTests"/>).
/// </summary>
public sealed class FftSharpCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(DftEnergy, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Jacobian(DftMagnitudes, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Jacobian(DftPhases, CorpusCase.Point(6, 0.2, 1)),
        CorpusCase.Jacobian(InverseDftOfTheForward, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(HanningWindowedDftPeak, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(SpectrumOfASynthesisedSine, [3.3, 0.8]),
        CorpusCase.Derivative(KaiserWindowSum, 3.5),
        CorpusCase.Derivative(TukeyWindowEnergy, 0.4),
        CorpusCase.Gradient(BlackmanWindowEnergy, [0.42, 0.5, 0.08]),
        CorpusCase.Derivative(Mel.FromFreq, 440.0, f => MelSlope / (700 + f), name: "Mel.FromFreq at 440"),
        CorpusCase.Derivative(Mel.ToFreq, 550.0, m => 700 * Math.Log(10) / 2595 * Math.Pow(10, m / 2595), name: "Mel.ToFreq at 550"),
        CorpusCase.Jacobian(ZeroPaddedAndWindowed, CorpusCase.Point(5, -1, 1)),
    ];

    // Mel = 2595 log10(1 + f / 700), so dMel/df = 2595 / (ln 10 (700 + f)).
    private static readonly double MelSlope = 2595 / Math.Log(10);

    public static double DftEnergy(double[] x) => DFT.Forward(x).Sum(c => (c.Real * c.Real) + (c.Imaginary * c.Imaginary));

    public static double[] DftMagnitudes(double[] x) => FFT.Magnitude(DFT.Forward(x));

    /// <summary>The phases of the first bins (atan2 of each bin; none lies on the negative real axis).</summary>
    public static double[] DftPhases(double[] x) => FFT.Phase(DFT.Forward(x))[..3];

    /// <summary>The inverse DFT of the forward one: the identity, through two transforms.</summary>
    public static double[] InverseDftOfTheForward(double[] x)
    {
        Complex[] back = DFT.Inverse(DFT.Forward(x));
        var real = new double[back.Length];
        for (int i = 0; i < back.Length; i++)
        {
            real[i] = back[i].Real + (0.5 * back[i].Imaginary);
        }

        return real;
    }

    /// <summary>A Hanning-windowed signal's magnitude at its second bin.</summary>
    public static double HanningWindowedDftPeak(double[] x) => DFT.Forward(new FftSharp.Windows.Hanning().Apply(x))[2].Magnitude;

    /// <summary>A sine of active frequency and amplitude sampled at 64 Hz, and its magnitude near the frequency.</summary>
    public static double SpectrumOfASynthesisedSine(double[] p)
    {
        var signal = new double[16];
        SampleData.AddSin(signal, 64, p[0], p[1]);
        Complex[] spectrum = DFT.Forward(signal);
        return spectrum[1].Magnitude + spectrum[2].Magnitude;
    }

    /// <summary>The Kaiser window's sum in its shape parameter beta (its own series for I0).</summary>
    public static double KaiserWindowSum(double beta) => new FftSharp.Windows.Kaiser(beta).Create(15).Sum();

    /// <summary>The Tukey window's energy in its taper fraction (away from the samples where a taper starts).</summary>
    public static double TukeyWindowEnergy(double alpha) => new FftSharp.Windows.Tukey(alpha).Create(16).Sum(w => w * w);

    public static double BlackmanWindowEnergy(double[] a) => new FftSharp.Windows.Blackman(a[0], a[1], a[2]).Create(12).Sum(w => w * w);

    /// <summary>A signal zero-padded to a power of two, then windowed by a flat top window.</summary>
    public static double[] ZeroPaddedAndWindowed(double[] x) => new FftSharp.Windows.FlatTop().Apply(Pad.ZeroPad(x));
}

[TestClass] public sealed class FftSharpCorpusTests : CorpusTests<FftSharpCorpus>;
